package dev.omnichannel.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Removes secrets from what gets logged: header values, query parameters and JSON fields whose
 * names look like credentials. Not public API.
 */
public final class Redactor {

  /** What a redacted value is replaced with. */
  public static final String MASK = "██";

  private static final Set<String> SENSITIVE_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "api_access_token",
      "x-api-token", "qiscus-secret-key", "x-api-signature", "x-chatwoot-signature",
      "x-hub-signature", "x-hub-signature-256", "digest");

  private static final Pattern SENSITIVE_NAME = Pattern.compile(
      "(?i).*(token|secret|password|passwd|signature|authorization|api[_-]?key|credential|hmac).*");

  private static final Pattern JSON_FIELD = Pattern.compile(
      // unrolled and possessive: a per-character alternation under * recurses once per character
      // in java.util.regex and overflows the stack on long strings
      "\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"(\\s*+:\\s*+)"
          + "(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?[0-9][0-9.eE+-]*+|true|false|null)");

  private static final Pattern FORM_FIELD = Pattern.compile("(^|[&?])([^=&]+)=([^&]*)");

  private Redactor() {}

  /**
   * Whether a header, parameter or field name looks like it carries a secret.
   *
   * @param name the name
   * @return true when its value must never be logged
   */
  public static boolean isSensitiveName(String name) {
    return SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || SENSITIVE_NAME.matcher(name).matches();
  }

  /**
   * The URL with sensitive query parameter values masked.
   *
   * @param url the URL
   * @return text safe to log
   */
  public static String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder b = url.newBuilder();
    for (String name : url.queryParameterNames()) {
      if (isSensitiveName(name)) {
        b.setQueryParameter(name, MASK);
      }
    }
    return b.build().toString();
  }

  /**
   * Headers as {@code name: value} lines with sensitive values masked.
   *
   * @param headers the headers
   * @return text safe to log
   */
  public static String headers(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sb.append(name).append(": ").append(isSensitiveName(name) ? MASK : headers.value(i));
      if (i < headers.size() - 1) {
        sb.append(", ");
      }
    }
    return sb.toString();
  }

  /**
   * A body with sensitive JSON fields (or form fields) masked and the length capped.
   *
   * @param body the body text
   * @param maxChars cap on the returned length
   * @return text safe to log
   */
  public static String body(String body, int maxChars) {
    String masked = maskJson(body);
    if (masked.equals(body) && !body.trim().startsWith("{") && !body.trim().startsWith("[")) {
      masked = maskForm(body);
    }
    if (masked.length() > maxChars) {
      return masked.substring(0, maxChars) + "…(" + masked.length() + " chars)";
    }
    return masked;
  }

  private static String maskJson(String body) {
    Matcher m = JSON_FIELD.matcher(body);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = isSensitiveName(m.group(1))
          ? "\"" + m.group(1) + "\"" + m.group(2) + "\"" + MASK + "\""
          : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String maskForm(String body) {
    Matcher m = FORM_FIELD.matcher(body);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = isSensitiveName(m.group(2))
          ? m.group(1) + m.group(2) + "=" + MASK
          : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
