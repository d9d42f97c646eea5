package dev.omnichannel.qontak.model;

/**
 * A dynamic button of a template broadcast ({@code parameters.buttons[]}): for a URL button the
 * suffix appended to the template's URL, for an authentication template the one-time code.
 *
 * @param index the button's position in the template, as a string ({@code "0"} for the first)
 * @param type the button type, {@code url} for URL and OTP buttons
 * @param value the dynamic part: URL suffix or code
 */
public record BroadcastButton(String index, String type, String value) {

  /**
   * Validates the button.
   *
   * @param index the position
   * @param type the type
   * @param value the value
   * @throws IllegalArgumentException when {@code index} is blank
   */
  public BroadcastButton {
    if (index == null || index.isBlank()) {
      throw new IllegalArgumentException("button index is required");
    }
  }

  /**
   * A URL button's dynamic suffix.
   *
   * @param index the button's position, from 0
   * @param value the URL suffix (or the OTP code of an authentication template)
   * @return the button
   * @throws IllegalArgumentException when {@code index} is negative
   */
  public static BroadcastButton url(int index, String value) {
    if (index < 0) {
      throw new IllegalArgumentException("button index must be 0 or more");
    }
    return new BroadcastButton(Integer.toString(index), "url", value);
  }
}
