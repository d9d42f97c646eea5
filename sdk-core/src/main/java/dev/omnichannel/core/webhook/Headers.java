package dev.omnichannel.core.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Case-insensitive header lookup over the map shapes servers hand out. Not public API. */
final class Headers {
  private Headers() {}

  /** All non-null values under names equal to name ignoring case. Never null. */
  static List<String> single(Map<String, String> headers, String name) {
    List<String> out = new ArrayList<>();
    if (headers == null) {
      return out;
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() != null && e.getValue() != null
          && e.getKey().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  /** All non-null values under names equal to name ignoring case. Never null. */
  static List<String> multi(Map<String, ? extends List<String>> headers, String name) {
    List<String> out = new ArrayList<>();
    if (headers == null) {
      return out;
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getValue() != null
          && e.getKey().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
        for (String v : e.getValue()) {
          if (v != null) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }
}
