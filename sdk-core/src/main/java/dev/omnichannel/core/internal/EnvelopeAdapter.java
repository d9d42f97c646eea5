package dev.omnichannel.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads the value under a path of object keys with a delegate adapter, skipping everything else.
 * Read-only. Not public API.
 *
 * @param <T> the value type
 */
final class EnvelopeAdapter<T> extends JsonAdapter<T> {
  private final JsonAdapter<T> inner;
  private final String[] path;
  private final boolean optional;

  EnvelopeAdapter(JsonAdapter<T> inner, String[] path) {
    this(inner, path, false);
  }

  /**
   * @param optional when true (single-key paths only), a root object without the key is decoded
   *     as the value itself; a key holding something other than an object is still an error
   */
  EnvelopeAdapter(JsonAdapter<T> inner, String[] path, boolean optional) {
    this.inner = inner;
    this.path = path;
    this.optional = optional;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    if (optional && (reader.peek() != JsonReader.Token.BEGIN_OBJECT || !holdsObjectAt(reader.peekJson(), path[0]))) {
      return inner.fromJson(reader);
    }
    return read(reader, 0);
  }

  private static boolean holdsObjectAt(JsonReader probe, String key) throws IOException {
    try (probe) {
      probe.beginObject();
      while (probe.hasNext()) {
        if (probe.nextName().equals(key)) {
          if (probe.peek() == JsonReader.Token.BEGIN_OBJECT) {
            return true;
          }
          throw new JsonDataException("expected an object under " + key + " but was " + probe.peek());
        }
        probe.skipValue();
      }
      return false;
    }
  }

  private T read(JsonReader reader, int depth) throws IOException {
    if (depth == path.length) {
      return inner.fromJson(reader);
    }
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("expected an object with \"" + path[depth] + "\" at " + reader.getPath());
    }
    T value = null;
    boolean found = false;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (!found && name.equals(path[depth])) {
        value = read(reader, depth + 1);
        found = true;
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (!found) {
      throw new JsonDataException("missing \"" + path[depth] + "\" at " + reader.getPath());
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    throw new JsonDataException("envelope adapters only read");
  }
}
