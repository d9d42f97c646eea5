package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;

/**
 * One body placeholder of a template broadcast ({@code parameters.body[]}). In a direct broadcast
 * all three fields are required: {@code key} is the placeholder number ({@code "1"} for
 * <code>{{1}}</code>), {@code value} a label naming the variable and {@code value_text} the text
 * sent. In a bulk broadcast {@code value} names the contact-list column and {@code value_text} is
 * not sent (see {@link #column}).
 *
 * @param key the placeholder number as a string
 * @param value the variable's label (direct) or contact-list column (bulk)
 * @param valueText the text that replaces the placeholder (direct only), or null
 */
public record BroadcastBodyParameter(String key, String value, @Json(name = "value_text") String valueText) {

  /**
   * Validates the parameter.
   *
   * @param key the placeholder number
   * @param value the label or column
   * @param valueText the text, or null
   * @throws IllegalArgumentException when {@code key} or {@code value} is blank
   */
  public BroadcastBodyParameter {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("body parameter key is required");
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("body parameter value (label or column) is required");
    }
  }

  /**
   * A direct-broadcast placeholder.
   *
   * @param key the placeholder number, e.g. {@code "1"}
   * @param label the variable's label, e.g. {@code customer_name}
   * @param text the text sent, e.g. {@code Budi}
   * @return the parameter
   */
  public static BroadcastBodyParameter of(String key, String label, String text) {
    return new BroadcastBodyParameter(key, label, text);
  }

  /**
   * A bulk-broadcast placeholder filled per recipient from a contact-list column.
   *
   * @param key the placeholder number
   * @param column the column of the contact list, e.g. {@code full_name}
   * @return the parameter
   */
  public static BroadcastBodyParameter column(String key, String column) {
    return new BroadcastBodyParameter(key, column, null);
  }
}
