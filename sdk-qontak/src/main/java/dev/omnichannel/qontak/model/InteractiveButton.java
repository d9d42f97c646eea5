package dev.omnichannel.qontak.model;

/**
 * A reply button of an interactive {@code button} message ({@code interactive.buttons[]}); at
 * most 3 per message (WhatsApp's limit).
 *
 * @param id the id Qontak reports back when the customer taps it
 * @param title the button label (WhatsApp allows up to 20 characters)
 */
public record InteractiveButton(String id, String title) {

  /**
   * Checks the required values.
   *
   * @param id the id
   * @param title the label
   * @throws IllegalArgumentException when the id or title is blank
   */
  public InteractiveButton {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("button id is required");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("button title is required");
    }
  }
}
