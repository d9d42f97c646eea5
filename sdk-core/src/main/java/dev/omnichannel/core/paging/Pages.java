package dev.omnichannel.core.paging;

import dev.omnichannel.core.InvalidResponseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/**
 * Factories for the pagination schemes the providers use. Each factory fetches the first page
 * right away (so errors surface at the call) and returns it; walk the rest with
 * {@link Page#nextPage()}, {@link Page#autoPager()} or {@link Page#stream()}.
 *
 * <p>Every walk is bounded: it fetches at most {@link #DEFAULT_MAX_PAGES} pages unless an overload
 * with {@code maxPages} is used, then throws {@link PageLimitExceededException}. A key that does not
 * advance, or a fetch that returns a null result, throws {@link InvalidResponseException} (its
 * {@code statusCode()} is 0 because this layer only sees decoded results). Any exception thrown by
 * a fetch function is passed through unchanged.
 */
public final class Pages {

  /** Default maximum number of pages one walk fetches: 10,000. */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private Pages() {}

  /**
   * Page numbers without a total (Chatwoot conversations: 25 per page, contacts: 15): there is a
   * next page while the last page was full; a short or empty page ends the walk. When the total is
   * an exact multiple of {@code pageSize} this costs one extra request that returns an empty page.
   *
   * @param firstPage the number of the first page (usually 1)
   * @param pageSize how many items the provider puts on a full page
   * @param fetch fetches the page with the given number; a null list counts as empty
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Integer, T> pageNumbers(
      int firstPage, int pageSize, IntFunction<? extends List<T>> fetch) {
    return pageNumbers(firstPage, pageSize, fetch, DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #pageNumbers(int, int, IntFunction)} with a custom page limit.
   *
   * @param firstPage the number of the first page (usually 1)
   * @param pageSize how many items the provider puts on a full page
   * @param fetch fetches the page with the given number; a null list counts as empty
   * @param maxPages the most pages one walk may fetch, at least 1
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Integer, T> pageNumbers(
      int firstPage, int pageSize, IntFunction<? extends List<T>> fetch, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    requirePageSize(pageSize);
    return KeyedPage.<Integer, T>first(firstPage, page -> {
      List<T> items = fetch.apply(page);
      boolean full = items != null && items.size() >= pageSize;
      return new KeyedResult<>(items, full ? following(page) : null);
    }, maxPages);
  }

  /**
   * Page numbers where each response says whether more pages follow (Chatwoot contact search
   * {@code has_more}, reports {@code total_pages}; see {@link PageResult#ofTotalPages}). When a
   * result's {@code hasMore} is null the {@code pageSize} rule of
   * {@link #pageNumbers(int, int, IntFunction)} applies. An empty page always ends the walk.
   *
   * @param firstPage the number of the first page (usually 1)
   * @param pageSize how many items a full page has; only used when {@code hasMore} is null
   * @param fetch fetches the page with the given number; must not return null
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Integer, T> pageResults(
      int firstPage, int pageSize, IntFunction<? extends PageResult<T>> fetch) {
    return pageResults(firstPage, pageSize, fetch, DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #pageResults(int, int, IntFunction)} with a custom page limit.
   *
   * @param firstPage the number of the first page (usually 1)
   * @param pageSize how many items a full page has; only used when {@code hasMore} is null
   * @param fetch fetches the page with the given number; must not return null
   * @param maxPages the most pages one walk may fetch, at least 1
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Integer, T> pageResults(
      int firstPage, int pageSize, IntFunction<? extends PageResult<T>> fetch, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    requirePageSize(pageSize);
    return KeyedPage.<Integer, T>first(firstPage, page -> {
      PageResult<T> result = fetch.apply(page);
      if (result == null) {
        return null;
      }
      boolean more = result.hasMore() != null
          ? result.hasMore()
          : result.items().size() >= pageSize;
      return new KeyedResult<>(result.items(), more ? following(page) : null);
    }, maxPages);
  }

  /**
   * Opaque cursors (Qontak {@code meta.pagination.cursor.next}, Qiscus): the walk ends when the
   * next cursor is null or blank, or the page is empty. A next cursor equal to the one just sent
   * throws {@link InvalidResponseException}.
   *
   * @param firstCursor the cursor of the first page, or null to start at the beginning
   * @param fetch fetches the page for a cursor (null for the first page when
   *     {@code firstCursor} is null); must not return null
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<String, T> cursors(
      String firstCursor, Function<? super String, ? extends CursorResult<T>> fetch) {
    return cursors(firstCursor, fetch, DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #cursors(String, Function)} with a custom page limit.
   *
   * @param firstCursor the cursor of the first page, or null to start at the beginning
   * @param fetch fetches the page for a cursor; must not return null
   * @param maxPages the most pages one walk may fetch, at least 1
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<String, T> cursors(
      String firstCursor, Function<? super String, ? extends CursorResult<T>> fetch,
      int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    return KeyedPage.<String, T>first(firstCursor, cursor -> {
      CursorResult<T> result = fetch.apply(cursor);
      if (result == null) {
        return null;
      }
      String next = result.nextCursor();
      return new KeyedResult<>(result.items(), next == null || next.isBlank() ? null : next);
    }, maxPages);
  }

  /**
   * Walks to older items by id (Chatwoot messages {@code before=<id>}): the first fetch gets
   * {@code null} (the newest items), each next fetch gets the smallest id of the page before. An
   * empty page ends the walk; a page whose smallest id is not below the before-id throws
   * {@link InvalidResponseException}.
   *
   * @param fetch fetches the items older than the given id, or the newest items for null
   * @param idOf the numeric id of an item
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Long, T> beforeIds(
      Function<? super Long, ? extends List<T>> fetch, ToLongFunction<? super T> idOf) {
    return beforeIds(null, fetch, idOf, DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #beforeIds(Function, ToLongFunction)}, starting below a given id (e.g. to resume)
   * and with a custom page limit.
   *
   * @param beforeId fetch items older than this id first, or null to start with the newest
   * @param fetch fetches the items older than the given id, or the newest items for null
   * @param idOf the numeric id of an item
   * @param maxPages the most pages one walk may fetch, at least 1
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Long, T> beforeIds(
      Long beforeId, Function<? super Long, ? extends List<T>> fetch,
      ToLongFunction<? super T> idOf, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(idOf, "idOf");
    return KeyedPage.<Long, T>first(beforeId, before -> {
      List<T> items = fetch.apply(before);
      Long next = extremeId(items, idOf, true);
      if (before != null && next != null && next >= before) {
        throw notAdvancing(next.longValue() == before
            ? "provider returned the same before-id twice"
            : "provider returned items that are not older than the before-id");
      }
      return new KeyedResult<>(items, next);
    }, maxPages);
  }

  /**
   * Walks to newer items by id (Chatwoot messages {@code after=<id>}): each next fetch gets the
   * largest id of the page before. An empty page ends the walk; a page whose largest id is not
   * above the after-id throws {@link InvalidResponseException}.
   *
   * @param afterId fetch items newer than this id first
   * @param fetch fetches the items newer than the given id
   * @param idOf the numeric id of an item
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Long, T> afterIds(
      long afterId, Function<? super Long, ? extends List<T>> fetch,
      ToLongFunction<? super T> idOf) {
    return afterIds(afterId, fetch, idOf, DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #afterIds(long, Function, ToLongFunction)} with a custom page limit.
   *
   * @param afterId fetch items newer than this id first
   * @param fetch fetches the items newer than the given id
   * @param idOf the numeric id of an item
   * @param maxPages the most pages one walk may fetch, at least 1
   * @param <T> the item type
   * @return the first page
   */
  public static <T> KeyedPage<Long, T> afterIds(
      long afterId, Function<? super Long, ? extends List<T>> fetch,
      ToLongFunction<? super T> idOf, int maxPages) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(idOf, "idOf");
    return KeyedPage.<Long, T>first(afterId, after -> {
      List<T> items = fetch.apply(after);
      Long next = extremeId(items, idOf, false);
      if (next != null && next <= after) {
        throw notAdvancing(next.longValue() == after
            ? "provider returned the same after-id twice"
            : "provider returned items that are not newer than the after-id");
      }
      return new KeyedResult<>(items, next);
    }, maxPages);
  }

  /**
   * Any other keyed scheme (e.g. next-page URLs): {@code fetch} turns a key into the page's items
   * and the next key. The rules of {@link KeyedPage} apply.
   *
   * @param firstKey the key of the first page; may be null if {@code fetch} accepts it
   * @param fetch fetches the page for a key; must not return null
   * @param <K> the key type; must implement {@code equals}
   * @param <T> the item type
   * @return the first page
   */
  public static <K, T> KeyedPage<K, T> keyed(
      K firstKey, Function<? super K, ? extends KeyedResult<K, T>> fetch) {
    return keyed(firstKey, fetch, DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #keyed(Object, Function)} with a custom page limit.
   *
   * @param firstKey the key of the first page; may be null if {@code fetch} accepts it
   * @param fetch fetches the page for a key; must not return null
   * @param maxPages the most pages one walk may fetch, at least 1
   * @param <K> the key type; must implement {@code equals}
   * @param <T> the item type
   * @return the first page
   */
  public static <K, T> KeyedPage<K, T> keyed(
      K firstKey, Function<? super K, ? extends KeyedResult<K, T>> fetch, int maxPages) {
    return KeyedPage.first(firstKey, fetch, maxPages);
  }

  private static Integer following(int page) {
    return page == Integer.MAX_VALUE ? null : page + 1;
  }

  private static void requirePageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
  }

  /** Smallest (or largest) id among the non-null items, or null when there are none. */
  private static <T> Long extremeId(
      List<T> items, ToLongFunction<? super T> idOf, boolean smallest) {
    if (items == null) {
      return null;
    }
    Long result = null;
    for (T item : items) {
      if (item == null) {
        continue;
      }
      long id = idOf.applyAsLong(item);
      if (result == null || (smallest ? id < result : id > result)) {
        result = id;
      }
    }
    return result;
  }

  private static InvalidResponseException notAdvancing(String what) {
    return new InvalidResponseException(
        "pagination did not advance: " + what + "; stopping to avoid an endless loop", null,
        KeyedPage.UNKNOWN_STATUS, "");
  }
}
