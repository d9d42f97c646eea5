package dev.omnichannel.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.InvalidResponseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdsTest {

  record Msg(long id) {}

  /** Messages 1..50; newest-first for before-walks like Chatwoot returns 20 at a time. */
  private final List<Long> requested = new ArrayList<>();

  private List<Msg> older(Long before) {
    requested.add(before);
    long top = before == null ? 50 : before - 1;
    return LongStream.rangeClosed(Math.max(1, top - 19), top)
        .mapToObj(Msg::new)
        .sorted(Comparator.comparingLong(Msg::id)) // Chatwoot sends ascending within a page
        .toList();
  }

  private List<Msg> newer(Long after) {
    requested.add(after);
    return LongStream.rangeClosed(after + 1, Math.min(50, after + 20)).mapToObj(Msg::new).toList();
  }

  @Test
  void beforeIdsWalksToOlderItems() {
    KeyedPage<Long, Msg> first = Pages.beforeIds(this::older, Msg::id);

    List<Long> ids = first.stream().map(Msg::id).toList();
    assertThat(ids).hasSize(50).doesNotHaveDuplicates();
    assertThat(ids.subList(0, 20)).isEqualTo(LongStream.rangeClosed(31, 50).boxed().toList());
    assertThat(requested).containsExactly(null, 31L, 11L, 1L);
    assertThat(first.nextKey()).isEqualTo(31L);
  }

  @Test
  void beforeIdsCanStartBelowAnId() {
    KeyedPage<Long, Msg> first = Pages.beforeIds(21L, this::older, Msg::id, 100);

    assertThat(first.stream().map(Msg::id).toList())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
    assertThat(requested).containsExactly(21L, 1L);
  }

  @Test
  void afterIdsWalksToNewerItems() {
    KeyedPage<Long, Msg> first = Pages.afterIds(5, this::newer, Msg::id);

    assertThat(first.stream().map(Msg::id).toList())
        .isEqualTo(LongStream.rangeClosed(6, 50).boxed().toList());
    assertThat(requested).containsExactly(5L, 25L, 45L, 50L);
  }

  @Test
  void beforeIdsRejectsRepeatedId() {
    Page<Msg> first = Pages.beforeIds(
        before -> before == null ? List.of(new Msg(10), new Msg(11)) : List.of(new Msg(before)),
        Msg::id);

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("same before-id twice");
  }

  @Test
  void beforeIdsRejectsServerIgnoringTheParameter() {
    Page<Msg> first = Pages.beforeIds(before -> List.of(new Msg(10), new Msg(11)), Msg::id);

    assertThatThrownBy(() -> first.stream().toList())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("did not advance");
  }

  @Test
  void afterIdsRejectsRepeatedId() {
    Page<Msg> first = Pages.afterIds(0, after -> List.of(new Msg(7)), Msg::id);

    assertThat(first.items()).containsExactly(new Msg(7));
    assertThatThrownBy(first::nextPage)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("same after-id twice");
  }

  @Test
  void afterIdsRejectsOlderItems() {
    assertThatThrownBy(() -> Pages.afterIds(100, after -> List.of(new Msg(3)), Msg::id))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("not newer");
  }

  @Test
  void emptyOrNullPageEndsIdWalks() {
    KeyedPage<Long, Msg> none = Pages.afterIds(50, after -> null, Msg::id);
    assertThat(none.items()).isEmpty();
    assertThat(none.hasNextPage()).isFalse();

    List<Msg> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add(new Msg(3));
    KeyedPage<Long, Msg> first = Pages.beforeIds(
        before -> before == null ? withNull : List.of(), Msg::id);
    assertThat(first.nextKey()).isEqualTo(3L);
    assertThat(first.stream().toList()).containsExactly(null, new Msg(3));
  }
}
