package dev.omnichannel.chatwoot;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.ProviderError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the error bodies Chatwoot really sends (which differ from the documented
 * {@code bad_request_error} schema):
 *
 * <ul>
 *   <li>{@code {"error": "Resource could not be found"}} (most controllers, Pundit denials, 402);
 *   <li>{@code {"errors": ["You need to sign in ..."]}} (devise), joined with {@code "; "}; objects
 *       in the array contribute their {@code message};
 *   <li>{@code {"message": "Name has already been taken", "attributes": ["name"]}} (validation
 *       failures, 422), the attributes appended in parentheses;
 *   <li>plain text such as {@code Retry later} (rack-attack 429), kept when short and not HTML.
 * </ul>
 *
 * <p>Chatwoot answers 401 both for a bad token and for a role that may not do the action, so
 * both arrive as {@link dev.omnichannel.core.AuthenticationException}. Never throws.
 */
public final class ChatwootErrorDecoder implements ErrorDecoder {

  private static final int MAX_TEXT = 200;
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** Creates the decoder; it is stateless and thread-safe. */
  public ChatwootErrorDecoder() {}

  @Override
  public ProviderError decode(int statusCode, String body) {
    try {
      return decodeOrThrow(body);
    } catch (RuntimeException | java.io.IOException e) {
      return plainText(body);
    }
  }

  private static ProviderError decodeOrThrow(String body) throws java.io.IOException {
    if (body == null || body.isBlank()) {
      return ProviderError.NONE;
    }
    String trimmed = body.strip();
    if (!trimmed.startsWith("{")) {
      return plainText(trimmed);
    }
    Object parsed = JSON.lenient().fromJson(trimmed);
    if (!(parsed instanceof Map<?, ?> map)) {
      return ProviderError.NONE;
    }
    String message = text(map.get("error"));
    if (message == null) {
      message = joined(map.get("errors"));
    }
    if (message == null) {
      message = text(map.get("message"));
      String attributes = joined(map.get("attributes"));
      if (message != null && attributes != null) {
        message = message + " (attributes: " + attributes.replace("; ", ", ") + ")";
      }
    }
    return message == null ? ProviderError.NONE : ProviderError.ofMessage(message);
  }

  private static ProviderError plainText(String body) {
    if (body == null) {
      return ProviderError.NONE;
    }
    String text = body.strip();
    if (text.isEmpty() || text.length() > MAX_TEXT || text.startsWith("<") || text.startsWith("{")
        || text.startsWith("[") || text.equals("null")) {
      return ProviderError.NONE;
    }
    return ProviderError.ofMessage(text);
  }

  private static String text(Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    if (value instanceof Map<?, ?> m) {
      return text(m.get("message"));
    }
    return null;
  }

  private static String joined(Object value) {
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object item : list) {
        String s = text(item);
        if (s != null) {
          parts.add(s);
        }
      }
      return parts.isEmpty() ? null : String.join("; ", parts);
    }
    return text(value);
  }
}
