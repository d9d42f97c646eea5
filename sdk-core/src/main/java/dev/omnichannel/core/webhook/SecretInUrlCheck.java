package dev.omnichannel.core.webhook;

import dev.omnichannel.core.WebhookVerificationException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A shared-secret check for providers that sign nothing but call a URL you configure: the webhook
 * URL carries the secret in a query parameter (e.g. {@code https://example.com/hook?token=...}).
 * This proves only that the caller knows the URL; the secret may end up in access logs and it does
 * not protect the body, so prefer a header or a signature where the provider offers one.
 *
 * <p>Names and values are percent-decoded (UTF-8); a {@code +} is accepted both as a literal plus
 * and as a space. Values are compared in constant time; messages never echo values. Immutable and
 * thread-safe.
 */
public final class SecretInUrlCheck {

  private final String parameterName;
  private final SecretDigests secrets;

  private SecretInUrlCheck(String parameterName, List<String> secrets) {
    if (parameterName == null || parameterName.isEmpty()) {
      throw new IllegalArgumentException("query parameter name must not be empty");
    }
    this.parameterName = parameterName;
    this.secrets = new SecretDigests(secrets, "URL");
  }

  /**
   * Creates a check accepting any of the given secrets.
   *
   * @param parameterName the query parameter carrying the secret (decoded form)
   * @param secrets one or more secrets
   * @return the check
   * @throws IllegalArgumentException when the name is empty, no secret is given, or one is null
   *     or blank (values never echoed)
   */
  public static SecretInUrlCheck of(String parameterName, String... secrets) {
    return new SecretInUrlCheck(parameterName,
        secrets == null ? null : java.util.Arrays.asList(secrets));
  }

  /**
   * Creates a check accepting any of the given secrets.
   *
   * @param parameterName the query parameter carrying the secret (decoded form)
   * @param secrets one or more secrets
   * @return the check
   * @throws IllegalArgumentException when the name is empty, the list is null or empty, or a
   *     secret is null or blank (values never echoed)
   */
  public static SecretInUrlCheck of(String parameterName, List<String> secrets) {
    return new SecretInUrlCheck(parameterName, secrets);
  }

  /**
   * Checks a request URI ({@code https://host/path?q}, {@code /path?q}), or a bare query string
   * with or without a leading {@code ?}. A string with a scheme or a leading {@code /} and no
   * {@code ?} has no query.
   *
   * @param requestUriOrQuery the raw (still encoded) request URI or query
   * @throws WebhookVerificationException when it is null, the parameter is missing, or no value
   *     matches
   */
  public void verify(String requestUriOrQuery) {
    if (requestUriOrQuery == null) {
      throw new WebhookVerificationException("webhook request URI is missing");
    }
    String s = requestUriOrQuery;
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    int q = s.indexOf('?');
    String query;
    if (q >= 0) {
      query = s.substring(q + 1);
    } else if (s.startsWith("/") || s.contains("://")) {
      query = "";
    } else {
      query = s;
    }
    check(query);
  }

  /**
   * Checks a request URI.
   *
   * @param uri the request URI
   * @throws WebhookVerificationException when it is null, the parameter is missing, or no value
   *     matches
   */
  public void verify(URI uri) {
    if (uri == null) {
      throw new WebhookVerificationException("webhook request URI is missing");
    }
    String raw = uri.getRawQuery();
    check(raw == null ? "" : raw);
  }

  private void check(String query) {
    List<String> values = new ArrayList<>();
    boolean present = false;
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq >= 0 ? pair.substring(0, eq) : pair;
      String rawValue = eq >= 0 ? pair.substring(eq + 1) : "";
      String literal = percentDecode(rawName, false);
      String form = percentDecode(rawName, true);
      if (!parameterName.equals(literal) && !parameterName.equals(form)) {
        continue;
      }
      present = true;
      String v1 = percentDecode(rawValue, false);
      String v2 = percentDecode(rawValue, true);
      if (v1 != null) {
        values.add(v1);
      }
      if (v2 != null && !v2.equals(v1)) {
        values.add(v2);
      }
    }
    if (!present) {
      throw new WebhookVerificationException("missing query parameter " + parameterName);
    }
    boolean match = false;
    for (String v : values) {
      match |= secrets.matches(v);
    }
    if (!match) {
      throw new WebhookVerificationException("query parameter " + parameterName
          + " does not match");
    }
  }

  /** Percent-decodes as UTF-8; null when malformed. plusIsSpace selects form decoding. */
  private static String percentDecode(String s, boolean plusIsSpace) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0 || s.charAt(i + 1) > 'f' || s.charAt(i + 2) > 'f') {
          return null;
        }
        out.write((hi << 4) | lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        out.write(' ');
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Describes the check without secrets.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "SecretInUrlCheck{parameter=" + parameterName + ", secrets=" + secrets.size() + "}";
  }
}
