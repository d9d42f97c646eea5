package dev.omnichannel.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.ApiError;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.RateLimitException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CursorsTest {

  private final List<String> requested = new ArrayList<>();

  /** Three pages: null -> "c2" -> "c3" -> terminal cursor given by {@code last}. */
  private CursorResult<String> threePages(String cursor, String last) {
    requested.add(String.valueOf(cursor));
    if (cursor == null) {
      return new CursorResult<>(List.of("a", "b"), "c2");
    }
    return switch (cursor) {
      case "c2" -> new CursorResult<>(List.of("c", "d"), "c3");
      case "c3" -> new CursorResult<>(List.of("e"), last);
      default -> throw new AssertionError("unexpected cursor " + cursor);
    };
  }

  @Test
  void endsOnNullCursor() {
    Page<String> first = Pages.cursors(null, c -> threePages(c, null));

    assertThat(first.stream().toList()).containsExactly("a", "b", "c", "d", "e");
    assertThat(requested).containsExactly("null", "c2", "c3");
  }

  @Test
  void endsOnBlankCursor() {
    KeyedPage<String, String> first = Pages.cursors(null, c -> threePages(c, "  "));

    assertThat(first.stream().toList()).containsExactly("a", "b", "c", "d", "e");
    KeyedPage<String, String> last = first.nextPage().nextPage();
    assertThat(last.key()).isEqualTo("c3");
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.nextKey()).isNull();
    assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void endsOnEmptyPageEvenWithCursor() {
    List<String> seen = new ArrayList<>();
    Page<String> first = Pages.cursors("start", c -> {
      seen.add(c);
      return c.equals("start")
          ? new CursorResult<>(List.of("x"), "next")
          : new CursorResult<>(null, "more-please");
    });

    assertThat(first.stream().toList()).containsExactly("x");
    assertThat(seen).containsExactly("start", "next");
  }

  @Test
  void startsFromGivenCursor() {
    KeyedPage<String, String> first = Pages.cursors("c2", c -> threePages(c, null));

    assertThat(first.key()).isEqualTo("c2");
    assertThat(first.nextKey()).isEqualTo("c3");
    assertThat(first.stream().toList()).containsExactly("c", "d", "e");
  }

  @Test
  void repeatedCursorIsInvalidResponse() {
    Page<String> first = Pages.cursors(null, c -> {
      requested.add(String.valueOf(c));
      return new CursorResult<>(List.of("item"), "stuck");
    });

    Iterator<String> it = first.autoPager().iterator();
    assertThat(it.next()).isEqualTo("item");
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("provider returned the same cursor twice")
        .hasMessageNotContaining("stuck");
    assertThat(requested).containsExactly("null", "stuck");
  }

  @Test
  void repeatedFirstCursorFailsAtFactory() {
    assertThatThrownBy(() -> Pages.cursors("c1", c -> new CursorResult<>(List.of(1), "c1")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("same cursor twice");
  }

  @Test
  void nullResultIsInvalidResponse() {
    Page<String> first = Pages.cursors(null,
        c -> c == null ? new CursorResult<>(List.of("a"), "n") : null);

    assertThatThrownBy(first::nextPage).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void exceptionFromSecondPagePropagatesWithItsType() {
    RateLimitException limited = new RateLimitException(
        new ApiError(429, Map.of(), null, null, null, "", 1), null);
    Page<String> first = Pages.cursors(null, c -> {
      if (c == null) {
        return new CursorResult<>(List.of("a"), "c2");
      }
      throw limited;
    });

    assertThatThrownBy(() -> first.stream().forEach(x -> { }))
        .isSameAs(limited)
        .isInstanceOf(RateLimitException.class);
  }

  @Test
  void pageLimitAppliesToCursors() {
    int[] n = {0};
    Page<Integer> first = Pages.cursors(null, c -> {
      n[0]++;
      return new CursorResult<>(List.of(n[0]), "c" + n[0]);
    }, 2);

    assertThatThrownBy(() -> first.stream().toList())
        .isInstanceOf(PageLimitExceededException.class);
    assertThat(n[0]).isEqualTo(2);
  }

  @Test
  void keyedAllowsOtherSchemes() {
    KeyedPage<String, Integer> first = Pages.keyed("/items?page=1", url -> url.endsWith("1")
        ? new KeyedResult<>(List.of(1), "/items?page=2")
        : new KeyedResult<>(List.of(2), null));

    assertThat(first.stream().toList()).containsExactly(1, 2);
  }
}
