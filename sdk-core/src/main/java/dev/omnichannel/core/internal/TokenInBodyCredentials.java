package dev.omnichannel.core.internal;

import dev.omnichannel.core.Credentials;
import java.io.IOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Puts a token into every JSON object body as its first field, or into the query string of
 * requests without a body. The body's other bytes are kept exactly as they were. Not public API.
 */
public final class TokenInBodyCredentials implements Credentials {
  private final String fieldName;
  private final String token;
  private final String encodedField;

  /**
   * Creates the credentials.
   *
   * @param fieldName JSON field and query parameter name
   * @param token the secret
   */
  public TokenInBodyCredentials(String fieldName, String token) {
    if (fieldName == null || fieldName.isBlank()) {
      throw new IllegalArgumentException("token field name must not be blank");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.fieldName = fieldName;
    this.token = token;
    this.encodedField = JsonStrings.quote(fieldName) + ":" + JsonStrings.quote(token);
  }

  @Override
  public Request authenticate(Request request, Clock clock) throws IOException {
    RequestBody body = request.body();
    if (body == null) {
      return request.newBuilder()
          .url(request.url().newBuilder().setQueryParameter(fieldName, token).build())
          .build();
    }
    MediaType type = body.contentType();
    if (type == null || !"json".equals(type.subtype())) {
      throw new IllegalArgumentException("token-in-body credentials need a JSON body, got " + type);
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    String json = buffer.readUtf8().stripLeading();
    if (!json.startsWith("{")) {
      throw new IllegalArgumentException("token-in-body credentials need a JSON object body");
    }
    String rest = json.substring(1).stripLeading();
    String merged = "{" + encodedField + (rest.startsWith("}") ? "" : ",") + rest;
    return request.newBuilder().method(request.method(), RequestBody.create(merged, type)).build();
  }

  @Override
  public String toString() {
    return "TokenInBodyCredentials{" + fieldName + "=██}";
  }
}
