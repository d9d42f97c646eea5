package dev.omnichannel.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads an open enum from a JSON string, number (its literal text) or boolean; writes its value
 * as a JSON string. JSON null reads as null.
 *
 * @param <E> the open enum type
 */
final class OpenEnumJsonAdapter<E extends OpenEnum> extends JsonAdapter<E> {
  private final Class<E> type;
  private final Function<String, E> of;

  OpenEnumJsonAdapter(Class<E> type, Function<String, E> of) {
    this.type = type;
    this.of = of;
  }

  @Override
  public E fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NULL:
        return reader.nextNull();
      case STRING:
      case NUMBER:
        return of.apply(reader.nextString());
      case BOOLEAN:
        return of.apply(Boolean.toString(reader.nextBoolean()));
      default:
        throw new JsonDataException("Expected a string, number or boolean for "
            + type.getSimpleName() + " but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  @Override
  public void toJson(JsonWriter writer, E value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.value());
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ", open enum)";
  }
}
