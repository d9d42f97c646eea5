package dev.omnichannel.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** The lenient time adapters registered by {@link JsonSupport#moshiBuilder()}. */
final class TimeAdapters {
  private TimeAdapters() {}

  /** Reads leniently (see {@link TimeParser}), writes {@code 2024-05-01T10:00:00Z}. */
  static final JsonAdapter<Instant> INSTANT = new JsonAdapter<>() {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      OffsetDateTime t = TimeParser.read(reader);
      return t == null ? null : t.toInstant();
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(DateTimeFormatter.ISO_INSTANT.format(value));
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(Instant, lenient)";
    }
  };

  /** Reads leniently keeping the sent offset (UTC when none), writes ISO-8601 with offset. */
  static final JsonAdapter<OffsetDateTime> OFFSET_DATE_TIME = new JsonAdapter<>() {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      return TimeParser.read(reader);
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(OffsetDateTime, lenient)";
    }
  };

  /**
   * Reads leniently; a date-time gives its date in its own offset (UTC for epochs and local
   * date-times). Writes {@code 2024-05-01}.
   */
  static final JsonAdapter<LocalDate> LOCAL_DATE = new JsonAdapter<>() {
    @Override
    public LocalDate fromJson(JsonReader reader) throws IOException {
      OffsetDateTime t = TimeParser.read(reader);
      return t == null ? null : t.toLocalDate();
    }

    @Override
    public void toJson(JsonWriter writer, LocalDate value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        writer.value(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(LocalDate, lenient)";
    }
  };

  /** Handles {@link EpochSeconds} and {@link EpochMillis} on {@link Instant}. */
  static final JsonAdapter.Factory EPOCH_FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (type != Instant.class || annotations.size() != 1) {
        return null;
      }
      if (Types.nextAnnotations(annotations, EpochSeconds.class) != null) {
        return new EpochAdapter(false);
      }
      if (Types.nextAnnotations(annotations, EpochMillis.class) != null) {
        return new EpochAdapter(true);
      }
      return null;
    }
  };

  /** Reads like {@link #INSTANT}; writes whole epoch seconds or milliseconds (floored). */
  private static final class EpochAdapter extends JsonAdapter<Instant> {
    private final boolean millis;

    EpochAdapter(boolean millis) {
      this.millis = millis;
    }

    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      return INSTANT.fromJson(reader);
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        // getEpochSecond() is already floored; toEpochMilli() floors too.
        writer.value(millis ? value.toEpochMilli() : value.getEpochSecond());
      }
    }

    @Override
    public String toString() {
      return millis ? "JsonAdapter(Instant, @EpochMillis)" : "JsonAdapter(Instant, @EpochSeconds)";
    }
  }
}
