package dev.omnichannel.qontak;

import com.squareup.moshi.JsonReader;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.ProviderError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;

/**
 * Reads Qontak's error bodies:
 *
 * <ul>
 *   <li>the Qontak envelope {@code {"status":"error","error":{"code":404,"messages":["..."]}}},
 *       where a message may also be an object (e.g. {@code {"active_model_errors": {...}}});
 *   <li>the Mekari gateway's {@code {"message":"Unauthorized"}};
 *   <li>plain text or HTML.
 * </ul>
 *
 * <p>The bulk-broadcast answer 422 {@code Please wait a moment to send a new broadcast message.}
 * means "rate limited, nothing was done", so it is reported as meaning 429: the transport retries
 * it with backoff and finally throws {@code RateLimitException}. An envelope with
 * {@code "status":"error"} inside a 2xx answer is an error too.
 */
final class QontakErrorDecoder implements ErrorDecoder {

  @Override
  public ProviderError decode(int statusCode, String body) {
    ProviderError pe = parse(body);
    if (statusCode == 422 && pe.message() != null
        && pe.message().toLowerCase(Locale.ROOT).contains("please wait")) {
      return new ProviderError(pe.code(), pe.message(), 429);
    }
    return pe;
  }

  @Override
  public Optional<ProviderError> errorInSuccess(int statusCode, String body) {
    if (!body.contains("\"error\"")) {
      return Optional.empty(); // cheap check before parsing
    }
    Object root = readValue(body);
    if (root instanceof Map<?, ?> map && "error".equals(map.get("status"))) {
      ProviderError pe = parse(body);
      int meaning = pe.code() != null && pe.code().matches("[45]\\d\\d") ? Integer.parseInt(pe.code()) : 0;
      return Optional.of(new ProviderError(pe.code(), pe.message(), meaning));
    }
    return Optional.empty();
  }

  private static ProviderError parse(String body) {
    Object root = readValue(body);
    if (!(root instanceof Map<?, ?> map)) {
      String text = body == null ? "" : body.strip();
      return text.isEmpty() || text.startsWith("<") ? ProviderError.NONE
          : ProviderError.ofMessage(text.length() > 200 ? text.substring(0, 200) : text);
    }
    Object error = map.get("error");
    if (error instanceof Map<?, ?> err) {
      String code = numberText(err.get("code"));
      return new ProviderError(code, messages(err.get("messages"), err.get("message")), 0);
    }
    if (error instanceof String s) {
      return ProviderError.ofMessage(s);
    }
    Object message = map.get("message");
    if (message != null) {
      return ProviderError.ofMessage(String.valueOf(message));
    }
    return ProviderError.NONE;
  }

  private static String messages(Object messages, Object single) {
    List<String> out = new ArrayList<>();
    if (messages instanceof List<?> list) {
      for (Object m : list) {
        out.add(m instanceof String s ? s : flatten(m));
      }
    } else if (messages != null) {
      out.add(messages instanceof String s ? s : flatten(messages));
    }
    if (out.isEmpty() && single != null) {
      out.add(String.valueOf(single));
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  /** {@code {"active_model_errors":{"name":["can't be blank"]}}} becomes {@code name can't be blank}. */
  private static String flatten(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String inner = flatten(e.getValue());
        parts.add("active_model_errors".equals(e.getKey()) || "messages".equals(e.getKey())
            ? inner : e.getKey() + " " + inner);
      }
      return String.join(", ", parts);
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object o : list) {
        parts.add(flatten(o));
      }
      return String.join(", ", parts);
    }
    return String.valueOf(value);
  }

  private static String numberText(Object code) {
    if (code instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return code == null ? null : String.valueOf(code);
  }

  private static Object readValue(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      return reader.readJsonValue();
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }
}
