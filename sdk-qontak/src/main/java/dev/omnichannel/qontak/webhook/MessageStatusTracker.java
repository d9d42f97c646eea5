package dev.omnichannel.qontak.webhook;

import dev.omnichannel.qontak.model.MessageStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the furthest status seen per message (or broadcast log entry) so out-of-order and
 * duplicate status webhooks can be dropped. Qontak re-sends the whole message on each change and
 * does not guarantee order, so a {@code delivered} may arrive after {@code read}:
 *
 * <pre>{@code
 * MessageStatusTracker tracker = new MessageStatusTracker();
 * if (event instanceof QontakEvent.MessageStatusChanged s && !tracker.offer(s)) {
 *   return; // stale or duplicate
 * }
 * }</pre>
 *
 * <p>Ordering follows {@link MessageStatusOrder}. Thread-safe: {@link #offer(String,
 * MessageStatus)} is atomic, so of several threads delivering updates for one message, exactly
 * those that move it further are accepted. Memory is bounded: beyond {@code maxEntries} messages
 * the least recently updated one is forgotten (a later update for it is then accepted as new).
 * State lives in this process only; share it across instances yourself if you run several.
 */
public final class MessageStatusTracker {

  /** The default number of messages remembered. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final Map<String, MessageStatus> furthest;

  /** A tracker remembering up to {@value #DEFAULT_MAX_ENTRIES} messages. */
  public MessageStatusTracker() {
    this(DEFAULT_MAX_ENTRIES);
  }

  /**
   * A tracker remembering up to {@code maxEntries} messages.
   *
   * @param maxEntries the bound, at least 1
   * @throws IllegalArgumentException when maxEntries is below 1
   */
  public MessageStatusTracker(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    this.maxEntries = maxEntries;
    this.furthest = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, MessageStatus> eldest) {
        return size() > MessageStatusTracker.this.maxEntries;
      }
    };
  }

  /**
   * Records an update if it moves the message further, atomically.
   *
   * @param messageId the message (or broadcast log entry) id, not null
   * @param status the incoming status; null is never newer
   * @return true when the update is newer and was recorded; false when it is stale or a
   *     duplicate (drop it)
   * @throws NullPointerException when messageId is null
   */
  public synchronized boolean offer(String messageId, MessageStatus status) {
    Objects.requireNonNull(messageId, "messageId");
    if (!MessageStatusOrder.isNewer(furthest.get(messageId), status)) {
      return false;
    }
    furthest.put(messageId, status);
    return true;
  }

  /**
   * Records the status of a message or broadcast log event, keyed by the message or log id, so a
   * re-delivered or late event can be dropped. Other events, and events without an id or without
   * a status, are always accepted and not recorded (nothing to compare).
   *
   * @param event the parsed event, not null
   * @return false when the event is a stale or duplicate status update; true otherwise
   * @throws NullPointerException when event is null
   */
  public boolean offer(QontakEvent event) {
    Objects.requireNonNull(event, "event");
    String id = null;
    MessageStatus status = null;
    if (event instanceof QontakEvent.MessageEvent m) {
      id = m.message().id();
      status = m.message().status();
    } else if (event instanceof QontakEvent.BroadcastLogStatus b) {
      id = b.log().id();
      status = b.log().status();
    }
    return id == null || status == null || offer(id, status);
  }

  /**
   * Whether an update would be dropped, without recording it.
   *
   * @param messageId the message id, not null
   * @param status the incoming status
   * @return true when it is not newer than what was seen
   * @throws NullPointerException when messageId is null
   */
  public synchronized boolean isStale(String messageId, MessageStatus status) {
    Objects.requireNonNull(messageId, "messageId");
    return !MessageStatusOrder.isNewer(furthest.get(messageId), status);
  }

  /**
   * The furthest status seen for a message.
   *
   * @param messageId the message id, not null
   * @return the status, or null when none is remembered
   * @throws NullPointerException when messageId is null
   */
  public synchronized MessageStatus current(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    return furthest.get(messageId);
  }

  /**
   * Forgets a message.
   *
   * @param messageId the message id, not null
   * @throws NullPointerException when messageId is null
   */
  public synchronized void forget(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    furthest.remove(messageId);
  }

  /**
   * The number of messages remembered.
   *
   * @return the count
   */
  public synchronized int size() {
    return furthest.size();
  }

  /**
   * Describes the tracker.
   *
   * @return a short description
   */
  @Override
  public synchronized String toString() {
    return "MessageStatusTracker{size=" + furthest.size() + ", max=" + maxEntries + "}";
  }
}
