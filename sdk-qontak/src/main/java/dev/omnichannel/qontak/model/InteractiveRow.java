package dev.omnichannel.qontak.model;

/**
 * One choice of an interactive {@code list} message ({@code sections[].rows[]}).
 *
 * @param id the id Qontak reports back when the customer picks it
 * @param title the row title (WhatsApp allows up to 24 characters)
 * @param description an optional description, or null
 */
public record InteractiveRow(String id, String title, String description) {

  /**
   * Checks the required values.
   *
   * @param id the id
   * @param title the title
   * @param description the description, or null
   * @throws IllegalArgumentException when the id or title is blank
   */
  public InteractiveRow {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("row id is required");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("row title is required");
    }
  }

  /**
   * A row without description.
   *
   * @param id the id
   * @param title the title
   * @return the row
   */
  public static InteractiveRow of(String id, String title) {
    return new InteractiveRow(id, title, null);
  }
}
