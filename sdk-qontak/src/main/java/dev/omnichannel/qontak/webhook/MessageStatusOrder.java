package dev.omnichannel.qontak.webhook;

import dev.omnichannel.qontak.model.MessageStatus;
import java.util.Comparator;

/**
 * The progression of message (and broadcast log) statuses, for dropping stale webhook re-sends:
 * {@code created < pending < sent < delivered < read}, and {@code failed} is terminal.
 *
 * <p>Rules of {@link #isNewer(MessageStatus, MessageStatus)}:
 * <ul>
 *   <li>a null incoming status is never newer; anything non-null is newer than a null current
 *       (nothing seen yet);</li>
 *   <li>{@code failed} is terminal: nothing is newer than it, and it is newer than every other
 *       status (a failure reported after {@code read} still wins, so it is never lost);</li>
 *   <li>among the known statuses, later in the progression is newer; the same status again is a
 *       duplicate, not newer;</li>
 *   <li>an unknown status (one Qontak added later) ranks below {@code created}: it is newer only
 *       than nothing at all, so it never replaces a known status and in particular is never
 *       treated as newer than {@code read}; any known status replaces it.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class MessageStatusOrder {

  /** Orders statuses by {@link #rank(MessageStatus)}, nulls first, unknown values by name. */
  public static final Comparator<MessageStatus> COMPARATOR = Comparator.nullsFirst(
      Comparator.comparingInt(MessageStatusOrder::rank)
          .thenComparing(MessageStatus::value));

  private MessageStatusOrder() {}

  /**
   * The position of a status in the progression: unknown -1, created 0, pending 1, sent 2,
   * delivered 3, read 4, failed 5.
   *
   * @param status the status, not null
   * @return the rank
   * @throws NullPointerException when status is null
   */
  public static int rank(MessageStatus status) {
    if (status == null) {
      throw new NullPointerException("status");
    }
    if (MessageStatus.CREATED.equals(status)) {
      return 0;
    }
    if (MessageStatus.PENDING.equals(status)) {
      return 1;
    }
    if (MessageStatus.SENT.equals(status)) {
      return 2;
    }
    if (MessageStatus.DELIVERED.equals(status)) {
      return 3;
    }
    if (MessageStatus.READ.equals(status)) {
      return 4;
    }
    if (MessageStatus.FAILED.equals(status)) {
      return 5;
    }
    return -1;
  }

  /**
   * Whether an incoming status moves a message further than the current one (see the class
   * rules).
   *
   * @param current the furthest status seen so far, or null when none
   * @param incoming the status just received, may be null
   * @return true when the incoming status should replace the current one; false when it is stale
   *     or a duplicate
   */
  public static boolean isNewer(MessageStatus current, MessageStatus incoming) {
    if (incoming == null) {
      return false;
    }
    if (current == null) {
      return true;
    }
    if (MessageStatus.FAILED.equals(current)) {
      return false;
    }
    return rank(incoming) > rank(current);
  }

  /**
   * Whether nothing can follow a status: {@code read} (the end of the progression) or {@code
   * failed}.
   *
   * @param status the status, may be null
   * @return true for read and failed
   */
  public static boolean isFinal(MessageStatus status) {
    return MessageStatus.READ.equals(status) || MessageStatus.FAILED.equals(status);
  }
}
