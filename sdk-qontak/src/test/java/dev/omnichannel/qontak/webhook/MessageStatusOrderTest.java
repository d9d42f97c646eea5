package dev.omnichannel.qontak.webhook;

import static dev.omnichannel.qontak.model.MessageStatus.CREATED;
import static dev.omnichannel.qontak.model.MessageStatus.DELIVERED;
import static dev.omnichannel.qontak.model.MessageStatus.FAILED;
import static dev.omnichannel.qontak.model.MessageStatus.PENDING;
import static dev.omnichannel.qontak.model.MessageStatus.READ;
import static dev.omnichannel.qontak.model.MessageStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.qontak.model.MessageStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageStatusOrderTest {

  private static final MessageStatus PLAYED = MessageStatus.of("played");

  @Test
  void progression() {
    List<MessageStatus> order = List.of(CREATED, PENDING, SENT, DELIVERED, READ);
    for (int i = 0; i < order.size(); i++) {
      for (int j = 0; j < order.size(); j++) {
        assertThat(MessageStatusOrder.isNewer(order.get(i), order.get(j)))
            .as("%s -> %s", order.get(i), order.get(j)).isEqualTo(j > i);
      }
    }
  }

  @Test
  void failedIsTerminal() {
    for (MessageStatus s : List.of(CREATED, PENDING, SENT, DELIVERED, READ, PLAYED)) {
      assertThat(MessageStatusOrder.isNewer(s, FAILED)).as("%s -> failed", s).isTrue();
      assertThat(MessageStatusOrder.isNewer(FAILED, s)).as("failed -> %s", s).isFalse();
    }
    assertThat(MessageStatusOrder.isNewer(FAILED, FAILED)).isFalse();
    assertThat(MessageStatusOrder.isFinal(FAILED)).isTrue();
    assertThat(MessageStatusOrder.isFinal(READ)).isTrue();
    assertThat(MessageStatusOrder.isFinal(DELIVERED)).isFalse();
    assertThat(MessageStatusOrder.isFinal(null)).isFalse();
  }

  @Test
  void unknownStatusesNeverReplaceKnownOnes() {
    for (MessageStatus s : List.of(CREATED, PENDING, SENT, DELIVERED, READ)) {
      assertThat(MessageStatusOrder.isNewer(s, PLAYED)).as("%s -> played", s).isFalse();
      assertThat(MessageStatusOrder.isNewer(PLAYED, s)).as("played -> %s", s).isTrue();
    }
    assertThat(MessageStatusOrder.isNewer(null, PLAYED)).isTrue();
    assertThat(MessageStatusOrder.isNewer(PLAYED, MessageStatus.of("queued"))).isFalse();
    assertThat(MessageStatusOrder.isNewer(PLAYED, PLAYED)).isFalse();
    assertThat(MessageStatusOrder.rank(PLAYED)).isEqualTo(-1);
  }

  @Test
  void nulls() {
    assertThat(MessageStatusOrder.isNewer(null, CREATED)).isTrue();
    assertThat(MessageStatusOrder.isNewer(CREATED, null)).isFalse();
    assertThat(MessageStatusOrder.isNewer(null, null)).isFalse();
    assertThatThrownBy(() -> MessageStatusOrder.rank(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void comparatorSortsByProgression() {
    List<MessageStatus> list = new ArrayList<>(Arrays.asList(READ, FAILED, null, SENT, PLAYED,
        CREATED, DELIVERED, PENDING));
    list.sort(MessageStatusOrder.COMPARATOR);
    assertThat(list).containsExactly(null, PLAYED, CREATED, PENDING, SENT, DELIVERED, READ,
        FAILED);
  }
}
