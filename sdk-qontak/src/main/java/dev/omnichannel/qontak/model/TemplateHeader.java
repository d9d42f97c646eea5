package dev.omnichannel.qontak.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@link Template}: {@code {"format":"IMAGE","example":...}}.
 *
 * <p>Qontak sends {@code example} as it stored it, which in the published answers is not JSON but
 * Ruby's printout of a hash, e.g. {@code #<Hashie::Mash header_handle=#<Hashie::Array ["https://..."]>>}
 * or {@code {"header_handle"=>["4::aW1h..."]}}. It is kept raw; {@link #exampleValues()} pulls
 * the quoted values out of either form.
 *
 * @param format the header format ({@code TEXT}, {@code IMAGE}, {@code VIDEO}, {@code DOCUMENT})
 * @param example the sample media handle or text as sent (usually a string), or null
 */
public record TemplateHeader(TemplateHeaderFormat format, Object example) {

  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * The sample values in {@link #example}: the elements of a JSON list, or the double-quoted
   * strings inside a Ruby-printed hash other than its keys ({@code header_handle},
   * {@code header_text}).
   *
   * @return the values, empty when there is no example
   */
  public List<String> exampleValues() {
    List<String> out = new ArrayList<>();
    collect(example, out);
    return List.copyOf(out);
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, out));
    } else if (value instanceof java.util.Map<?, ?> map) {
      map.values().forEach(v -> collect(v, out));
    } else if (value instanceof String s) {
      Matcher m = QUOTED.matcher(s);
      boolean quoted = false;
      while (m.find()) {
        quoted = true;
        String v = m.group(1);
        if (!v.equals("header_handle") && !v.equals("header_text")) {
          out.add(v);
        }
      }
      if (!quoted && !s.isBlank()) {
        out.add(s);
      }
    }
  }
}
