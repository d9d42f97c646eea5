package dev.omnichannel.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.InvalidResponseException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cursor walk that comes back to a cursor it already fetched stops at once. */
class CursorCycleTest {

  private final AtomicInteger fetches = new AtomicInteger();

  private CursorResult<String> cycle(String cursor) {
    fetches.incrementAndGet();
    if (cursor == null) {
      return new CursorResult<>(List.of("first"), "A");
    }
    return switch (cursor) {
      case "A" -> new CursorResult<>(List.of("a"), "B");
      case "B" -> new CursorResult<>(List.of("b"), "A");
      default -> throw new AssertionError(cursor);
    };
  }

  @Test
  void cycleOfTwoCursorsIsDetectedEarly() {
    KeyedPage<String, String> first = Pages.cursors(null, this::cycle);
    assertThatThrownBy(() -> first.stream().toList())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("already visited");
    assertThat(fetches).hasValue(3);
  }

  @Test
  void refetchingFromAnEarlierPageIsNotACycle() {
    KeyedPage<String, String> first = Pages.cursors(null, c -> {
      fetches.incrementAndGet();
      return c == null ? new CursorResult<>(List.of("x"), "A")
          : "A".equals(c) ? new CursorResult<>(List.of("y"), "B")
          : new CursorResult<>(List.of("z"), null);
    });
    assertThat(first.nextPage().nextPage().items()).containsExactly("z");
    assertThat(first.nextPage().nextPage().items()).containsExactly("z");
    assertThat(first.stream().toList()).containsExactly("x", "y", "z");
  }
}
