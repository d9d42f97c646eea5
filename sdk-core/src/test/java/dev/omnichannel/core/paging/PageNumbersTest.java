package dev.omnichannel.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.ApiError;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.ServerException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageNumbersTest {

  /** Serves {@code total} numbered items, {@code size} per 1-based page, and records requests. */
  static final class NumberedSource {
    final int total;
    final int size;
    final List<Integer> requested = new ArrayList<>();

    NumberedSource(int total, int size) {
      this.total = total;
      this.size = size;
    }

    List<Integer> page(int page) {
      requested.add(page);
      int from = (page - 1) * size;
      int to = Math.min(total, from + size);
      return from >= to ? List.of() : IntStream.range(from, to).boxed().toList();
    }
  }

  private static List<Integer> upTo(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void stopsOnShortPageWithoutExtraFetch() {
    NumberedSource src = new NumberedSource(60, 25);
    Page<Integer> first = Pages.pageNumbers(1, 25, src::page);

    assertThat(first.stream().toList()).isEqualTo(upTo(60));
    assertThat(src.requested).containsExactly(1, 2, 3);
  }

  @Test
  void stopsOnEmptyPageWhenTotalIsMultipleOfPageSize() {
    NumberedSource src = new NumberedSource(50, 25);

    assertThat(Pages.pageNumbers(1, 25, src::page).stream().toList()).isEqualTo(upTo(50));
    assertThat(src.requested).containsExactly(1, 2, 3);
  }

  @Test
  void emptyFirstPageHasNoNextPage() {
    NumberedSource src = new NumberedSource(0, 15);
    KeyedPage<Integer, Integer> first = Pages.pageNumbers(1, 15, src::page);

    assertThat(first.items()).isEmpty();
    assertThat(first.hasNextPage()).isFalse();
    assertThat(first.stream()).isEmpty();
    assertThat(src.requested).containsExactly(1);
  }

  @Test
  void nullListIsTreatedAsEmpty() {
    KeyedPage<Integer, String> first = Pages.pageNumbers(1, 10, page -> null);

    assertThat(first.items()).isEmpty();
    assertThat(first.hasNextPage()).isFalse();
  }

  @Test
  void factoryFetchesOnlyTheFirstPageAndStreamIsLazy() {
    NumberedSource src = new NumberedSource(100, 25);
    Page<Integer> first = Pages.pageNumbers(1, 25, src::page);
    assertThat(src.requested).containsExactly(1);

    assertThat(first.stream().limit(3).toList()).containsExactly(0, 1, 2);
    assertThat(first.stream().limit(25).toList()).isEqualTo(upTo(25));
    assertThat(src.requested).containsExactly(1);

    assertThat(first.stream().limit(26).toList()).isEqualTo(upTo(26));
    assertThat(src.requested).containsExactly(1, 2);
  }

  @Test
  void iteratorFetchesNextPageOnlyWhenCurrentIsUsedUp() {
    NumberedSource src = new NumberedSource(30, 10);
    Iterator<Integer> it = Pages.pageNumbers(1, 10, src::page).autoPager().iterator();

    for (int i = 0; i < 10; i++) {
      assertThat(it.next()).isEqualTo(i);
    }
    assertThat(src.requested).containsExactly(1);
    assertThat(it.hasNext()).isTrue();
    assertThat(src.requested).containsExactly(1, 2);
  }

  @Test
  void iteratorsAreIndependentAndReuseTheFirstPage() {
    NumberedSource src = new NumberedSource(25, 10);
    AutoPager<Integer> pager = Pages.pageNumbers(1, 10, src::page).autoPager();

    Iterator<Integer> a = pager.iterator();
    List<Integer> fromA = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      fromA.add(a.next());
    }
    List<Integer> fromB = new ArrayList<>();
    pager.forEach(fromB::add);
    a.forEachRemaining(fromA::add);

    assertThat(fromA).isEqualTo(upTo(25));
    assertThat(fromB).isEqualTo(upTo(25));
    // page 1 once (by the factory); pages 2 and 3 once per iterator
    assertThat(src.requested).containsExactly(1, 2, 2, 3, 3);
  }

  @Test
  void nextPageIsImmutableStepAndEndsWithNoSuchElement() {
    NumberedSource src = new NumberedSource(15, 10);
    KeyedPage<Integer, Integer> first = Pages.pageNumbers(1, 10, src::page);
    KeyedPage<Integer, Integer> second = first.nextPage();

    assertThat(first.items()).isEqualTo(upTo(10));
    assertThat(first.key()).isEqualTo(1);
    assertThat(first.nextKey()).isEqualTo(2);
    assertThat(second.items()).containsExactly(10, 11, 12, 13, 14);
    assertThat(second.pageIndex()).isEqualTo(2);
    assertThat(second.hasNextPage()).isFalse();
    assertThat(second.nextKey()).isNull();
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(src.requested).containsExactly(1, 2);
  }

  @Test
  void iteratorNextAfterEndThrowsNoSuchElement() {
    Iterator<Integer> it = Pages.pageNumbers(1, 10, p -> List.of(1)).autoPager().iterator();
    assertThat(it.next()).isEqualTo(1);
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void exceptionFromSecondPagePropagatesUnchanged() {
    ServerException boom = new ServerException(
        new ApiError(503, Map.of(), "req-1", null, "unavailable", "", 3));
    List<Integer> requested = new ArrayList<>();
    Page<Integer> first = Pages.pageNumbers(1, 2, page -> {
      requested.add(page);
      if (page == 2) {
        throw boom;
      }
      return List.of(1, 2);
    });

    Iterator<Integer> it = first.autoPager().iterator();
    assertThat(it.next()).isEqualTo(1);
    assertThat(it.next()).isEqualTo(2);
    assertThatThrownBy(it::hasNext).isSameAs(boom);
    assertThatThrownBy(it::next).isSameAs(boom);
    assertThatThrownBy(() -> first.stream().toList()).isSameAs(boom);
    assertThatThrownBy(first::nextPage).isSameAs(boom);
    assertThat(first.stream().limit(2).toList()).containsExactly(1, 2);
    assertThat(requested).containsExactly(1, 2, 2, 2, 2);
  }

  @Test
  void pageLimitEndsWalkWithException() {
    List<Integer> requested = new ArrayList<>();
    KeyedPage<Integer, Integer> first = Pages.pageNumbers(1, 1, page -> {
      requested.add(page);
      return List.of(page);
    }, 3);

    Iterator<Integer> it = first.autoPager().iterator();
    assertThat(it.next()).isEqualTo(1);
    assertThat(it.next()).isEqualTo(2);
    assertThat(it.next()).isEqualTo(3);
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(PageLimitExceededException.class)
        .hasMessageContaining("3 pages")
        .satisfies(e -> assertThat(((PageLimitExceededException) e).maxPages()).isEqualTo(3));
    assertThat(requested).containsExactly(1, 2, 3);
    assertThat(first.maxPages()).isEqualTo(3);
  }

  @Test
  void defaultPageLimitIsTenThousand() {
    int[] fetches = {0};
    Page<Integer> first = Pages.pageNumbers(1, 1, page -> {
      fetches[0]++;
      return List.of(page);
    });

    assertThatThrownBy(() -> first.stream().count())
        .isInstanceOf(PageLimitExceededException.class)
        .hasMessageContaining("10000 pages");
    assertThat(fetches[0]).isEqualTo(Pages.DEFAULT_MAX_PAGES).isEqualTo(10_000);
  }

  @Test
  void pageResultsFollowsHasMoreSignal() {
    List<Integer> requested = new ArrayList<>();
    Page<String> first = Pages.pageResults(1, 100, page -> {
      requested.add(page);
      // short pages, but hasMore says continue until page 3
      return new PageResult<>(List.of("p" + page), page < 3);
    });

    assertThat(first.stream().collect(Collectors.toList())).containsExactly("p1", "p2", "p3");
    assertThat(requested).containsExactly(1, 2, 3);
  }

  @Test
  void pageResultsHasMoreFalseStopsOnFullPage() {
    List<Integer> requested = new ArrayList<>();
    Page<Integer> first = Pages.pageResults(0, 2, page -> {
      requested.add(page);
      return PageResult.ofTotalPages(List.of(page, page), page + 1, 2);
    });

    assertThat(first.stream().toList()).containsExactly(0, 0, 1, 1);
    assertThat(requested).containsExactly(0, 1);
  }

  @Test
  void pageResultsWithoutSignalFallsBackToPageSizeAndEmptyPageAlwaysEnds() {
    List<Integer> requested = new ArrayList<>();
    Page<Integer> first = Pages.pageResults(1, 2, page -> {
      requested.add(page);
      if (page == 1) {
        return new PageResult<>(List.of(1, 2), null);
      }
      if (page == 2) {
        return new PageResult<>(List.of(3), null);
      }
      throw new AssertionError("page 3 must not be fetched");
    });
    assertThat(first.stream().toList()).containsExactly(1, 2, 3);
    assertThat(requested).containsExactly(1, 2);

    KeyedPage<Integer, Integer> lying = Pages.pageResults(1, 2, p -> new PageResult<>(null, true));
    assertThat(lying.items()).isEmpty();
    assertThat(lying.hasNextPage()).isFalse();
  }

  @Test
  void nullPageResultIsInvalidResponse() {
    assertThatThrownBy(() -> Pages.<String>pageResults(1, 10, page -> null))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("null result");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Pages.pageNumbers(1, 0, p -> List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pages.pageNumbers(1, 10, p -> List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itemsAreUnmodifiableCopies() {
    List<Integer> backing = new ArrayList<>(List.of(1, 2));
    KeyedPage<Integer, Integer> first = Pages.pageNumbers(1, 10, p -> backing);
    backing.add(3);

    assertThat(first.items()).containsExactly(1, 2);
    assertThatThrownBy(() -> first.items().add(4))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
