package dev.omnichannel.qontak.model;

/**
 * {@code meta.pagination} of a Qontak list answer.
 *
 * @param cursor the cursors to the next and previous pages (usually base64 strings; {@code prev}
 *     may arrive as a number and is kept as its text)
 * @param offset the page number, 1-based
 * @param limit the page size
 * @param total a count from the server; in Qontak's examples usually the number of items on
 *     this page rather than in all pages, so paging does not rely on it
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
   * Whether this page is the last one by its cursor: it is empty, shorter than its
   * {@code limit}, or has no {@code cursor.next}.
   *
   * <p>{@code total} is deliberately not used: in Qontak's own examples (e.g. {@code GET /rooms}:
   * 100 items, {@code limit} 100, {@code total} 100 and a {@code next} cursor) it is the number
   * of items on the current page, not of all pages, so comparing it with {@code offset * limit}
   * would end every walk after the first full page. Without it a walk whose last page is
   * exactly full costs one more request, which answers an empty page.
   *
   * <p>A full page without a {@code next} cursor (lists that page by {@code offset}, such as
   * templates or users) is the last one by cursor, but auto-paging then tries the next
   * {@code offset} (the page number) until a page is empty or short.
   *
   * @param itemsOnPage how many items the page held
   * @return true when no further page can be requested by cursor
   */
  public boolean isLastPage(int itemsOnPage) {
    if (itemsOnPage == 0 || cursor == null || cursor.next() == null || cursor.next().isBlank()) {
      return true;
    }
    return limit != null && itemsOnPage < limit;
  }
}
