package dev.omnichannel.core.paging;

import dev.omnichannel.core.InvalidResponseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A page fetched with a key (page number, cursor or id) that also tells the key of the page after
 * it. This is the one implementation behind all {@link Pages} factories; the strategy is the fetch
 * function, which turns a key into items and the next key.
 *
 * <p>Rules applied to every fetched page: an empty page is the last one whatever the provider says;
 * a next key equal to the key just used is rejected with {@link InvalidResponseException} ("provider
 * returned the same cursor twice") because following it would loop forever; a null result is
 * rejected the same way. {@link #nextPage()} on the last allowed page (see {@code maxPages}) throws
 * {@link PageLimitExceededException}.
 *
 * <p>Immutable and thread-safe if the fetch function is.
 *
 * @param <K> the key type
 * @param <T> the item type
 */
public final class KeyedPage<K, T> implements Page<T> {

  /** {@link InvalidResponseException#statusCode()} used here: the HTTP status is not known. */
  static final int UNKNOWN_STATUS = 0;

  private final Walk<K, T> walk;
  private final int pageIndex;
  private final K key;
  private final List<T> items;
  private final K nextKey;
  private final KeyChain<K> chain;

  private KeyedPage(Walk<K, T> walk, int pageIndex, K key, List<T> items, K nextKey, KeyChain<K> chain) {
    this.walk = walk;
    this.chain = chain;
    this.pageIndex = pageIndex;
    this.key = key;
    this.items = items;
    this.nextKey = nextKey;
  }

  /** Fetches the first page of a walk; see {@link Pages#keyed}. */
  static <K, T> KeyedPage<K, T> first(
      K firstKey, Function<? super K, ? extends KeyedResult<K, T>> fetch, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    return fetchPage(new Walk<>(fetch, maxPages), 1, firstKey, null);
  }

  private static <K, T> KeyedPage<K, T> fetchPage(Walk<K, T> walk, int pageIndex, K key, KeyChain<K> parent) {
    KeyChain<K> chain = new KeyChain<>(key, parent);
    if (key != null) {
      walk.seen.add(key);
    }
    KeyedResult<K, T> result = walk.fetch.apply(key);
    if (result == null) {
      throw new InvalidResponseException(
          "provider returned no page (null result) for page " + pageIndex, null, UNKNOWN_STATUS,
          "");
    }
    List<T> items = result.items();
    K next = items.isEmpty() ? null : result.nextKey();
    if (next != null && next.equals(key)) {
      throw new InvalidResponseException(
          "pagination did not advance: provider returned the same cursor twice (page "
              + pageIndex + "); stopping to avoid an endless loop", null, UNKNOWN_STATUS, "");
    }
    // A->B->A: a key this walk already fetched on the way to this page (the set is the fast path;
    // the chain confirms, so re-fetching a page from an earlier one is not mistaken for a cycle)
    if (next != null && walk.seen.contains(next) && chain.contains(next)) {
      throw new InvalidResponseException(
          "pagination cycled: provider returned a cursor already visited in this walk (page "
              + pageIndex + "); stopping to avoid an endless loop", null, UNKNOWN_STATUS, "");
    }
    return new KeyedPage<>(walk, pageIndex, key, items, next, chain);
  }

  /**
   * The key this page was fetched with.
   *
   * @return the key; may be null for a first page fetched without one
   */
  public K key() {
    return key;
  }

  /**
   * The key of the next page, e.g. to store a cursor and resume later with a new walk.
   *
   * @return the next key, or null when this is the last page
   */
  public K nextKey() {
    return nextKey;
  }

  /**
   * The position of this page in its walk, starting at 1 for the first page.
   *
   * @return the 1-based page index
   */
  public int pageIndex() {
    return pageIndex;
  }

  /**
   * The most pages one walk may fetch; {@link #nextPage()} on the page with this index throws.
   *
   * @return the page limit
   */
  public int maxPages() {
    return walk.maxPages;
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return nextKey != null;
  }

  /**
   * Fetches the page after this one. Every call sends a new request.
   *
   * @return the next page
   * @throws NoSuchElementException if this is the last page
   * @throws PageLimitExceededException if this page is the last one {@code maxPages} allows
   * @throws InvalidResponseException if the provider answers with a key that does not advance
   */
  @Override
  public KeyedPage<K, T> nextPage() {
    if (nextKey == null) {
      throw new NoSuchElementException("this is the last page");
    }
    if (pageIndex >= walk.maxPages) {
      throw new PageLimitExceededException(walk.maxPages);
    }
    return fetchPage(walk, pageIndex + 1, nextKey, chain);
  }

  /** Shows counts only, never item contents or keys. */
  @Override
  public String toString() {
    return "KeyedPage{pageIndex=" + pageIndex + ", items=" + items.size()
        + ", hasNextPage=" + hasNextPage() + '}';
  }

  /** What all pages of one walk share. */
  private static final class Walk<K, T> {
    final Function<? super K, ? extends KeyedResult<K, T>> fetch;
    final int maxPages;
    final Set<K> seen = ConcurrentHashMap.newKeySet();

    Walk(Function<? super K, ? extends KeyedResult<K, T>> fetch, int maxPages) {
      this.fetch = fetch;
      this.maxPages = maxPages;
    }
  }

  /** The keys fetched from the first page to one page, newest first (keys only: no items kept). */
  private record KeyChain<K>(K key, KeyChain<K> parent) {
    boolean contains(K k) {
      for (KeyChain<K> c = this; c != null; c = c.parent) {
        if (k.equals(c.key)) {
          return true;
        }
      }
      return false;
    }
  }
}
