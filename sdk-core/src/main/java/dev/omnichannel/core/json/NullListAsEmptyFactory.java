package dev.omnichannel.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * Makes JSON null decode as an empty, unmodifiable list for every unqualified {@code List<...>}.
 * Writing is unchanged. An absent record field is never passed to an adapter, so it still arrives
 * as null; normalise it with {@link JsonSupport#listOrEmpty(List)}.
 */
final class NullListAsEmptyFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || Types.getRawType(type) != List.class) {
      return null;
    }
    JsonAdapter<List<?>> delegate = moshi.nextAdapter(this, type, annotations);
    return new JsonAdapter<List<?>>() {
      @Override
      public List<?> fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          reader.nextNull();
          return List.of();
        }
        return delegate.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, List<?> value) throws IOException {
        delegate.toJson(writer, value);
      }

      @Override
      public String toString() {
        return delegate + ".nullAsEmpty()";
      }
    };
  }
}
