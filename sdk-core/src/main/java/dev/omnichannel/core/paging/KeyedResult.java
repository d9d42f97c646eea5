package dev.omnichannel.core.paging;

import java.util.List;

/**
 * What one fetch of a keyed walk returns: the page's items and the key of the page after it. Used
 * with {@link Pages#keyed} to plug in a pagination scheme the other factories do not cover.
 *
 * @param items the page's items; null is treated as empty; copied, so later changes to the
 *     given list are not seen
 * @param nextKey the key of the next page, or null when this is the last page
 * @param <K> the key type (page number, cursor, id, URL...)
 * @param <T> the item type
 */
public record KeyedResult<K, T>(List<T> items, K nextKey) {

  /**
   * Normalises a null item list to an empty one and makes an unmodifiable copy.
   *
   * @param items the page's items, may be null
   * @param nextKey the next key, or null on the last page
   */
  public KeyedResult {
    items = Items.copy(items);
  }
}
