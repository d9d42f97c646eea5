package dev.omnichannel.qontak.model;

/**
 * {@code meta.pagination} of a Qontak list answer.
 *
 * @param cursor the cursors to the next and previous pages (usually base64 strings; {@code prev}
 *     may arrive as a number and is kept as its text)
 * @param offset the page number, 1-based
 * @param limit the page size
 * @param total the number of items in all pages, when the server counted them
 */
public record Pagination(Cursor cursor, Integer offset, Integer limit, Integer total) {

  /**
   * The cursors of a page.
   *
   * @param next cursor of the next page, or null
   * @param prev cursor of the previous page, or null
   * @param pit point-in-time marker some lists send, or null
   */
  public record Cursor(String next, String prev, String pit) {}

  /**
   * Whether this page is the last one, judged from the page size and the total.
   *
   * @param itemsOnPage how many items the page held
   * @return true when no further page should be requested
   */
  public boolean isLastPage(int itemsOnPage) {
    if (itemsOnPage == 0 || cursor == null || cursor.next() == null || cursor.next().isBlank()) {
      return true;
    }
    if (limit != null && itemsOnPage < limit) {
      return true;
    }
    return total != null && offset != null && limit != null && (long) offset * limit >= total;
  }
}
