package dev.omnichannel.core.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * One page of results from a list endpoint. Implementations are immutable: {@link #nextPage()}
 * returns a new page and leaves this one unchanged.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /**
   * The items of this page, in the provider's order.
   *
   * @return an unmodifiable list, never null (empty when the page has no items)
   */
  List<T> items();

  /**
   * Whether the provider reported a page after this one. Does not send a request.
   *
   * @return true if {@link #nextPage()} will fetch another page
   */
  boolean hasNextPage();

  /**
   * Fetches the page after this one. Every call sends a new request; the result is not cached.
   *
   * @return the next page
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   * @throws dev.omnichannel.core.OmnichannelException (a subclass) if the fetch fails, unchanged
   */
  Page<T> nextPage();

  /**
   * Walks the items of this page and of all following pages, fetching each page only when needed.
   *
   * @return an auto-pager starting at this page
   */
  default AutoPager<T> autoPager() {
    return AutoPager.of(this);
  }

  /**
   * Shorthand for {@code autoPager().stream()}: a lazy, sequential stream of all items from this
   * page on.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return autoPager().stream();
  }
}
