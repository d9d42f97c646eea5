package dev.omnichannel.qontak.webhook;

import static dev.omnichannel.qontak.model.MessageStatus.CREATED;
import static dev.omnichannel.qontak.model.MessageStatus.DELIVERED;
import static dev.omnichannel.qontak.model.MessageStatus.FAILED;
import static dev.omnichannel.qontak.model.MessageStatus.READ;
import static dev.omnichannel.qontak.model.MessageStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.webhook.WebhookParser;
import dev.omnichannel.qontak.model.MessageStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageStatusTrackerTest {

  private static final WebhookParser<QontakEvent> PARSER = QontakWebhooks.parser();

  @Test
  void dropsOutOfOrderAndDuplicateUpdates() {
    MessageStatusTracker t = new MessageStatusTracker();
    assertThat(t.offer("m1", SENT)).isTrue();
    assertThat(t.offer("m1", READ)).isTrue();
    assertThat(t.offer("m1", DELIVERED)).isFalse(); // arrived late
    assertThat(t.offer("m1", READ)).isFalse(); // duplicate
    assertThat(t.offer("m1", CREATED)).isFalse();
    assertThat(t.current("m1")).isEqualTo(READ);
    assertThat(t.isStale("m1", DELIVERED)).isTrue();
    assertThat(t.isStale("m1", FAILED)).isFalse();
    assertThat(t.current("m1")).isEqualTo(READ); // isStale does not record
    assertThat(t.offer("m1", FAILED)).isTrue();
    assertThat(t.offer("m1", READ)).isFalse();
    assertThat(t.offer("m2", DELIVERED)).isTrue(); // independent key
    assertThat(t.offer("m2", null)).isFalse();
    assertThat(t.offer("m3", MessageStatus.of("played"))).isTrue();
    assertThat(t.offer("m3", SENT)).isTrue();
    assertThat(t.offer("m3", MessageStatus.of("played"))).isFalse();
    assertThat(t.size()).isEqualTo(3);
    t.forget("m1");
    assertThat(t.current("m1")).isNull();
    assertThat(t.offer("m1", DELIVERED)).isTrue();
    assertThat(t.toString()).contains("size=3");
  }

  @Test
  void parsedWebhooksDeliveredOutOfOrder() {
    String read = Fixtures.text("legacy_agent_status_read.json");
    String delivered = Fixtures.replace(read, "\"status\": \"read\"", "\"status\": \"delivered\"");
    String sent = Fixtures.replace(read, "\"status\": \"read\"", "\"status\": \"sent\"");
    MessageStatusTracker t = new MessageStatusTracker();
    assertThat(t.offer(PARSER.parse(sent))).isTrue();
    assertThat(t.offer(PARSER.parse(read))).isTrue();
    assertThat(t.offer(PARSER.parse(delivered))).isFalse();
    assertThat(t.offer(PARSER.parse(read))).isFalse();
    assertThat(t.current("e1e2e3e4-0002-4000-8000-000000000002")).isEqualTo(READ);

    // broadcast logs are keyed by log id
    assertThat(t.offer(PARSER.parse(Fixtures.bytes("broadcast_log_status.json")))).isTrue();
    assertThat(t.offer(PARSER.parse(Fixtures.bytes("broadcast_log_status.json")))).isFalse();
    // other events, and messages without an id, are always accepted
    assertThat(t.offer(PARSER.parse(Fixtures.bytes("room_created.json")))).isTrue();
    assertThat(t.offer(PARSER.parse("{\"data_event\":\"status_message\",\"status\":\"read\"}")))
        .isTrue();
    String noStatus = "{\"data_event\":\"receive_message_from_customer\",\"id\":\"c1\"}";
    assertThat(t.offer(PARSER.parse(noStatus))).isTrue();
    assertThat(t.offer(PARSER.parse(noStatus))).isTrue();
    assertThat(t.current("c1")).isNull();
  }

  @Test
  void boundedMemoryForgetsTheLeastRecentlyUpdated() {
    MessageStatusTracker t = new MessageStatusTracker(2);
    t.offer("a", SENT);
    t.offer("b", SENT);
    t.offer("a", DELIVERED);
    t.offer("c", SENT); // evicts b
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.current("b")).isNull();
    assertThat(t.current("a")).isEqualTo(DELIVERED);
  }

  @Test
  void argumentChecks() {
    assertThatThrownBy(() -> new MessageStatusTracker(0))
        .isInstanceOf(IllegalArgumentException.class);
    MessageStatusTracker t = new MessageStatusTracker();
    assertThatThrownBy(() -> t.offer((String) null, SENT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.offer((QontakEvent) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrentOutOfOrderDeliveryKeepsTheFurthestAndAcceptsEachStepAtMostOnce()
      throws Exception {
    MessageStatusTracker t = new MessageStatusTracker();
    List<MessageStatus> steps = List.of(CREATED, SENT, DELIVERED, READ);
    int messages = 200;
    int copies = 3; // each status re-sent three times
    List<Object[]> updates = new ArrayList<>();
    for (int m = 0; m < messages; m++) {
      for (MessageStatus s : steps) {
        for (int c = 0; c < copies; c++) {
          updates.add(new Object[] {"m" + m, s});
        }
      }
    }
    Collections.shuffle(updates, new Random(42));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger acceptedAfterRead = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int worker = w;
      tasks.add(() -> {
        start.await();
        for (int i = worker; i < updates.size(); i += threads) {
          String id = (String) updates.get(i)[0];
          MessageStatus s = (MessageStatus) updates.get(i)[1];
          if (t.offer(id, s)) {
            accepted.incrementAndGet();
          }
        }
        return null;
      });
    }
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Void> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int m = 0; m < messages; m++) {
      assertThat(t.current("m" + m)).isEqualTo(READ);
      if (t.offer("m" + m, DELIVERED)) {
        acceptedAfterRead.incrementAndGet();
      }
    }
    assertThat(acceptedAfterRead).hasValue(0);
    // every message was accepted at least once (its first update) and at most once per step
    assertThat(accepted.get()).isBetween(messages, messages * steps.size());
    assertThat(t.size()).isEqualTo(messages);
  }
}
