package dev.omnichannel.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Moshi setup shared by every provider module. {@link #moshiBuilder()} returns a builder with the
 * core adapters; a provider adds its own (open enums, polymorphic payloads) and builds one
 * {@link Moshi} per client.
 *
 * <p>What the core adapters accept:
 *
 * <ul>
 *   <li>{@link Instant}, {@link OffsetDateTime}, {@link LocalDate}: JSON null; ISO-8601 with
 *       {@code Z} or an offset ({@code +07:00}, {@code +0700}, {@code +07}) and a fraction of any
 *       length; local date-times with {@code T} or a space ({@code 2024-05-01 10:00:00}), read as
 *       UTC; a date alone, read as the start of that day in UTC; epoch seconds (integer or
 *       fractional) and epoch milliseconds (magnitude at least 100,000,000,000) as JSON numbers or
 *       numeric strings. {@code 0}, {@code "0"} and {@code ""} mean "never" and read as null.
 *       Anything else fails with a {@link com.squareup.moshi.JsonDataException} naming the path
 *       and the value. They write ISO-8601 ({@code 2024-05-01T10:00:00Z}); mark an
 *       {@code Instant} {@link EpochSeconds} or {@link EpochMillis} to write an epoch number.
 *   <li>{@link BigDecimal}: a JSON number or numeric string, every digit kept.
 *   <li>{@link EmbeddedJson} values: JSON, or a JSON string containing JSON.
 *   <li>{@code List<...>}: JSON null reads as an empty list. Absent record components still
 *       arrive as null, so records normalise them with {@link #listOrEmpty(List)}.
 * </ul>
 *
 * <p>Ids that arrive sometimes as numbers and sometimes as strings need no adapter: Moshi's own
 * {@code String} adapter accepts a JSON number and keeps its literal text ({@code 123} reads as
 * {@code "123"}, 17 and more digits are kept exactly), and its {@code long}/{@code Long}/{@code
 * int} adapters accept numeric strings ({@code "123"}). Declare such ids as {@code String} when
 * the provider documents them as strings or they may exceed a {@code long}, else as {@code Long};
 * never as {@code Object}, where numbers become {@code double}. An empty string is not a valid
 * {@code Long}. Absent primitive record components fail to read, so use boxed types in records.
 *
 * <p>Adapters are registered with {@link Moshi.Builder#addLast}, so adapters a provider adds with
 * {@link Moshi.Builder#add} take precedence. Records read by Moshi must be public.
 */
public final class JsonSupport {

  private JsonSupport() {}

  /**
   * A new builder with every core adapter registered.
   *
   * @return a builder to add provider adapters to, then build once per client
   */
  public static Moshi.Builder moshiBuilder() {
    return new Moshi.Builder()
        .addLast(Instant.class, TimeAdapters.INSTANT)
        .addLast(OffsetDateTime.class, TimeAdapters.OFFSET_DATE_TIME)
        .addLast(LocalDate.class, TimeAdapters.LOCAL_DATE)
        .addLast(TimeAdapters.EPOCH_FACTORY)
        .addLast(BigDecimal.class, new BigDecimalAdapter())
        .addLast(new EmbeddedJsonFactory())
        .addLast(new NullListAsEmptyFactory())
        .addLast(UNREGISTERED_OPEN_ENUM);
  }

  /**
   * A shared instance built from {@link #moshiBuilder()} with no provider adapters, for core code
   * and tests. Provider clients build their own.
   *
   * @return the shared instance
   */
  public static Moshi moshi() {
    return Holder.MOSHI;
  }

  /**
   * The list as an unmodifiable copy, or an empty list for null. Null elements are kept. Meant for
   * record compact constructors: {@code items = JsonSupport.listOrEmpty(items);}.
   *
   * @param list the list, may be null
   * @param <T> the element type
   * @return an unmodifiable list, never null
   */
  public static <T> List<T> listOrEmpty(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * A factory for an {@link OpenEnum} type: reads a JSON string, number (its literal text, so
   * {@code 1} reads as {@code "1"}) or boolean through {@code of}, reads JSON null as null, and
   * writes {@link OpenEnum#value()} as a JSON string. Register it with {@link Moshi.Builder#add}.
   *
   * @param type the open enum class
   * @param of the lookup, normally the class's {@code of} method
   * @param <E> the open enum type
   * @return the factory
   * @throws IllegalArgumentException when an argument is null
   */
  public static <E extends OpenEnum> JsonAdapter.Factory openEnumFactory(
      Class<E> type, Function<String, E> of) {
    if (type == null || of == null) {
      throw new IllegalArgumentException("type and of must not be null");
    }
    JsonAdapter<E> adapter = new OpenEnumJsonAdapter<>(type, of);
    return (Type t, Set<? extends Annotation> annotations, Moshi moshi) ->
        t == type && annotations.isEmpty() ? adapter : null;
  }

  /** Fails clearly instead of reading an open enum field by field. */
  private static final JsonAdapter.Factory UNREGISTERED_OPEN_ENUM = (type, annotations, moshi) -> {
    Class<?> raw = Types.getRawType(type);
    if (OpenEnum.class.isAssignableFrom(raw)) {
      throw new IllegalArgumentException("No JSON adapter for open enum " + raw.getName()
          + "; register JsonSupport.openEnumFactory(" + raw.getSimpleName() + ".class, "
          + raw.getSimpleName() + "::of) with Moshi.Builder.add");
    }
    return null;
  };

  private static final class Holder {
    static final Moshi MOSHI = moshiBuilder().build();
  }
}
