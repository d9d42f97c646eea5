package dev.omnichannel.chatwoot.webhook;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * One entry of a Chatwoot {@code changed_attributes} array. On the wire each entry is a one-key
 * object, {@code {"<column>": {"previous_value": ..., "current_value": ...}}}; the values keep
 * the column's JSON type (ISO strings for times, string arrays for {@code label_list}, objects for
 * JSON columns). The values are kept as their exact JSON text, so no digit is lost; {@link
 * #previousValue()} and {@link #currentValue()} decode them to plain Java values.
 *
 * @param name the changed column, e.g. {@code status}, {@code assignee_id}, {@code updated_at}
 * @param previousJson the previous value as JSON text ({@code "null"} when null or absent)
 * @param currentJson the current value as JSON text ({@code "null"} when null or absent)
 */
public record ChangedAttribute(String name, String previousJson, String currentJson) {

  /**
   * Normalises absent values to the JSON text {@code null}.
   *
   * @param name the changed column
   * @param previousJson the previous value as JSON text, null meaning JSON null
   * @param currentJson the current value as JSON text, null meaning JSON null
   */
  public ChangedAttribute {
    previousJson = previousJson == null ? "null" : previousJson;
    currentJson = currentJson == null ? "null" : currentJson;
  }

  /**
   * The previous value as a plain Java value: {@code String}, {@code Double}, {@code Boolean},
   * {@code List}, {@code Map} or null.
   *
   * @return the decoded previous value
   */
  public Object previousValue() {
    return decode(previousJson);
  }

  /**
   * The current value as a plain Java value: {@code String}, {@code Double}, {@code Boolean},
   * {@code List}, {@code Map} or null.
   *
   * @return the decoded current value
   */
  public Object currentValue() {
    return decode(currentJson);
  }

  /**
   * The previous value as text when it is a scalar (strings unescaped, numbers with every digit).
   *
   * @return the text, or null for null, arrays and objects
   */
  public String previousText() {
    return text(previousJson);
  }

  /**
   * The current value as text when it is a scalar (strings unescaped, numbers with every digit).
   *
   * @return the text, or null for null, arrays and objects
   */
  public String currentText() {
    return text(currentJson);
  }

  private static Object decode(String json) {
    try {
      return JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String json) {
    try {
      JsonReader r = JsonReader.of(new Buffer().writeUtf8(json));
      switch (r.peek()) {
        case STRING:
        case NUMBER:
          return r.nextString();
        case BOOLEAN:
          return Boolean.toString(r.nextBoolean());
        default:
          return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
