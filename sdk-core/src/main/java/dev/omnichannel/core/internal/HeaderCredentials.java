package dev.omnichannel.core.internal;

import dev.omnichannel.core.Credentials;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Request;

/** Static secret headers on every request. Not public API. */
public final class HeaderCredentials implements Credentials {

  /** Adds nothing. */
  public static final HeaderCredentials NONE = new HeaderCredentials(Map.of());

  private final Map<String, String> headers;

  /**
   * Validates and keeps the headers.
   *
   * @param headers names to secret values
   */
  public HeaderCredentials(Map<String, String> headers) {
    if (headers == null) {
      throw new IllegalArgumentException("headers must not be null");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach((name, value) -> {
      requireValid(name, value);
      copy.put(name, value);
    });
    this.headers = Map.copyOf(copy);
  }

  /**
   * Checks a header name and secret value without ever echoing the value.
   *
   * @param name header name
   * @param value secret value
   * @throws IllegalArgumentException when blank or not a valid header
   */
  public static void requireValid(String name, String value) {
    if (name == null || name.isBlank() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
      throw new IllegalArgumentException("credential header name is blank or invalid");
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("credential for header " + name + " is blank");
    }
    if (!value.chars().allMatch(c -> (c >= 0x20 && c < 0x7f) || c == '\t')) {
      throw new IllegalArgumentException("credential for header " + name
          + " contains characters not allowed in an HTTP header (value not shown)");
    }
  }

  /**
   * Checks a header name and value the way OkHttp would, but with messages that never include the
   * value (OkHttp's own messages echo it, which leaks secrets sent in non-standard headers).
   *
   * @param name header name
   * @param value header value (may be empty)
   * @throws IllegalArgumentException when the name is blank or invalid, or the value is null or
   *     contains characters not allowed in an HTTP header
   */
  public static void requireValidHeader(String name, String value) {
    if (name == null || name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
      throw new IllegalArgumentException("header name is blank or invalid");
    }
    if (value == null) {
      throw new IllegalArgumentException("value of header " + name + " must not be null");
    }
    if (!value.chars().allMatch(c -> (c >= 0x20 && c < 0x7f) || c == '\t')) {
      throw new IllegalArgumentException("value of header " + name
          + " contains characters not allowed in an HTTP header (value not shown)");
    }
  }

  @Override
  public Request authenticate(Request request, Clock clock) {
    if (headers.isEmpty()) {
      return request;
    }
    Request.Builder b = request.newBuilder();
    headers.forEach(b::header);
    return b.build();
  }

  @Override
  public String toString() {
    return headers.isEmpty() ? "Credentials.none" : "HeaderCredentials" + headers.keySet() + "=██";
  }
}
