package dev.omnichannel.core.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a page and the pages after it, fetched lazily: the next page is requested only
 * when the items of the current one are used up, so {@code stream().limit(n)} fetches no more
 * pages than it needs.
 *
 * <p>Each {@link #iterator()} walks independently from the first page (which was already fetched
 * and is reused); later pages are fetched again per iterator. An iterator is not thread-safe; use
 * one per thread. Exceptions from a fetch are thrown unchanged from {@code hasNext()} or
 * {@code next()}; calling {@code hasNext()} again retries that fetch.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  private final Page<T> firstPage;

  private AutoPager(Page<T> firstPage) {
    this.firstPage = firstPage;
  }

  /**
   * Creates an auto-pager that starts at the given page.
   *
   * @param firstPage the page to start from
   * @param <T> the item type
   * @return the auto-pager
   */
  public static <T> AutoPager<T> of(Page<T> firstPage) {
    return new AutoPager<>(Objects.requireNonNull(firstPage, "firstPage"));
  }

  /**
   * A new iterator over all items, starting at the first page.
   *
   * @return the iterator
   */
  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(firstPage);
  }

  /**
   * An ordered spliterator of unknown size over all items, starting at the first page.
   *
   * @return the spliterator
   */
  @Override
  public Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
  }

  /**
   * A lazy, sequential stream of all items, starting at the first page.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  @Override
  public String toString() {
    return "AutoPager{firstPage=" + firstPage + '}';
  }

  private static final class PagingIterator<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;

    PagingIterator(Page<T> first) {
      this.page = first;
      this.items = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        if (!page.hasNextPage()) {
          return false;
        }
        Page<T> next = page.nextPage();
        page = next;
        items = next.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      return items.next();
    }
  }
}
