package dev.omnichannel.qontak.model;

import java.util.List;

/**
 * A titled group of rows of an interactive {@code list} message ({@code lists.sections[]}).
 *
 * @param title the section title
 * @param rows its rows, at least one
 */
public record InteractiveSection(String title, List<InteractiveRow> rows) {

  /**
   * Copies the rows and checks that there is at least one.
   *
   * @param title the title
   * @param rows the rows
   * @throws IllegalArgumentException when there are no rows
   */
  public InteractiveSection {
    rows = rows == null ? List.of() : List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a section needs at least one row");
    }
  }

  /**
   * A section from rows.
   *
   * @param title the title
   * @param rows the rows
   * @return the section
   */
  public static InteractiveSection of(String title, InteractiveRow... rows) {
    return new InteractiveSection(title, List.of(rows));
  }
}
