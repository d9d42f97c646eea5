package dev.omnichannel.core.paging;

import java.util.List;

/**
 * One page of a page-numbered endpoint that says whether more pages follow (Chatwoot
 * {@code meta.has_more} or {@code total_pages}, Zenvia {@code x-total}).
 *
 * @param items the page's items; null is treated as empty; copied
 * @param hasMore whether another page follows; null when the response does not say, in which case
 *     a full page means "maybe more" (see {@link Pages#pageResults})
 * @param <T> the item type
 */
public record PageResult<T>(List<T> items, Boolean hasMore) {

  /**
   * Normalises a null item list to an empty one and makes an unmodifiable copy.
   *
   * @param items the page's items, may be null
   * @param hasMore whether more pages follow, or null when unknown
   */
  public PageResult {
    items = Items.copy(items);
  }

  /**
   * A result whose "has more" signal comes from a total page count.
   *
   * @param items the page's items
   * @param currentPage the number of this page, 1-based as the provider reports it
   * @param totalPages the total number of pages the provider reports
   * @param <T> the item type
   * @return a result with {@code hasMore = currentPage < totalPages}
   */
  public static <T> PageResult<T> ofTotalPages(List<T> items, int currentPage, int totalPages) {
    return new PageResult<>(items, currentPage < totalPages);
  }
}
