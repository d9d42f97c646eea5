package dev.omnichannel.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Builds {@code omnichannel-java/<version> (<module>; Java/<v>; <os>/<arch>) [app/ver]}. The
 * version comes from a resource filtered at build time. Not public API.
 */
public final class UserAgent {

  /** The SDK version, from {@code dev/omnichannel/core/version.properties}. */
  public static final String SDK_VERSION = loadVersion();

  private UserAgent() {}

  /**
   * The User-Agent value.
   *
   * @param module the provider module, e.g. {@code chatwoot}
   * @param appName the caller's application, or null
   * @param appVersion the caller's version, or null
   * @return the header value (printable ASCII)
   */
  public static String of(String module, String appName, String appVersion) {
    String ua = "omnichannel-java/" + SDK_VERSION + " (" + module + "; Java/"
        + System.getProperty("java.version", "unknown") + "; " + System.getProperty("os.name", "unknown")
        + "/" + System.getProperty("os.arch", "unknown") + ")";
    if (appName != null) {
      ua += " " + appName + "/" + appVersion;
    }
    return ascii(ua);
  }

  private static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return sb.toString();
  }

  private static String loadVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/omnichannel/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
