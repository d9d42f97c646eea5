package dev.omnichannel.core.paging;

import java.util.List;

/**
 * One page of a cursor-paged endpoint (Qontak {@code meta.pagination.cursor.next}, Qiscus).
 *
 * @param items the page's items; null is treated as empty; copied
 * @param nextCursor the opaque cursor of the next page; null or blank when this is the last page
 * @param <T> the item type
 */
public record CursorResult<T>(List<T> items, String nextCursor) {

  /**
   * Normalises a null item list to an empty one and makes an unmodifiable copy.
   *
   * @param items the page's items, may be null
   * @param nextCursor the next cursor, may be null or blank
   */
  public CursorResult {
    items = Items.copy(items);
  }
}
