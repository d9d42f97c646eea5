package dev.omnichannel.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okio.Buffer;
import okio.ByteString;

/**
 * A fully read response handed to a {@link ResponseDecoder}. Not public API.
 *
 * @param statusCode HTTP status
 * @param headers response headers
 * @param body the body bytes (already read and closed)
 * @param moshi the client's Moshi
 */
public record HttpResponse(int statusCode, Headers headers, ByteString body, Moshi moshi) {

  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyString() {
    return body.utf8();
  }

  /**
   * Decodes the whole body as JSON of the given type: skips a UTF-8 BOM, rejects an empty body
   * and trailing data.
   *
   * @param type the type
   * @param <X> the result type
   * @return the decoded value, never null
   * @throws IOException when the body is not valid JSON
   * @throws JsonDataException when the body is JSON of the wrong shape or {@code null}
   */
  public <X> X json(Type type) throws IOException {
    JsonAdapter<X> adapter = moshi.adapter(type);
    return read(adapter);
  }

  /**
   * Decodes the whole body with an adapter (same checks as {@link #json(Type)}).
   *
   * @param adapter the adapter
   * @param <X> the result type
   * @return the decoded value, never null
   * @throws IOException when the body is not valid JSON
   */
  public <X> X read(JsonAdapter<X> adapter) throws IOException {
    Buffer buffer = new Buffer().write(body.startsWith(UTF8_BOM) ? body.substring(3) : body);
    if (buffer.size() == 0) {
      throw new JsonDataException("empty response body");
    }
    try (JsonReader reader = JsonReader.of(buffer)) {
      X value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("unexpected data after the JSON document");
      }
      if (value == null) {
        throw new JsonDataException("response body is JSON null");
      }
      return value;
    }
  }

  /** Shows status and size only. */
  @Override
  public String toString() {
    return "HttpResponse{status=" + statusCode + ", bytes=" + body.size() + "}";
  }

  static String text(ByteString body) {
    return new String(body.toByteArray(), StandardCharsets.UTF_8);
  }
}
