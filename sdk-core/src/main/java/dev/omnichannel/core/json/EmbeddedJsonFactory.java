package dev.omnichannel.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import okio.Buffer;

/** Builds adapters for values marked {@link EmbeddedJson}. */
final class EmbeddedJsonFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Set<? extends Annotation> rest = Types.nextAnnotations(annotations, EmbeddedJson.class);
    if (rest == null) {
      return null;
    }
    return new Adapter<>(moshi.adapter(type, rest), type);
  }

  /** Unwraps a JSON string holding JSON, or reads the value directly. */
  private static final class Adapter<T> extends JsonAdapter<T> {
    private final JsonAdapter<T> delegate;
    private final Type type;

    Adapter(JsonAdapter<T> delegate, Type type) {
      this.delegate = delegate;
      this.type = type;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (token != JsonReader.Token.STRING) {
        return delegate.fromJson(reader);
      }
      String path = reader.getPath();
      String text = reader.nextString();
      if (text.isBlank()) {
        return null;
      }
      T value;
      boolean complete;
      try (JsonReader inner = JsonReader.of(new Buffer().writeUtf8(text))) {
        value = delegate.fromJson(inner);
        complete = inner.peek() == JsonReader.Token.END_DOCUMENT;
      } catch (JsonDataException e) {
        throw new JsonDataException("JSON embedded in the string at path " + path
            + " does not fit " + Types.getRawType(type).getSimpleName() + ": " + e.getMessage(), e);
      } catch (IOException e) {
        // JsonEncodingException for malformed text, EOFException for cut-off text.
        throw notJson(path, e);
      }
      if (!complete) {
        throw notJson(path, null);
      }
      return value;
    }

    /** The content is left out of the message: it may hold personal data. */
    private static JsonDataException notJson(String path, Throwable cause) {
      return new JsonDataException(
          "Expected JSON embedded in the string at path " + path + " but it is not valid JSON",
          cause);
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".embeddedJson()";
    }
  }
}
