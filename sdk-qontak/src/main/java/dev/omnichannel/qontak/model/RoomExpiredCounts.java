package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * How many rooms have an expired session window, per channel code, from
 * {@code GET /rooms/list/expired} ({@code data.data}, e.g. {@code {"wa":2746,"web_chat":4453}}).
 *
 * @param byChannel counts keyed by channel code ({@code wa}, {@code wa_cloud}, {@code web_chat},
 *     ...), never null
 */
public record RoomExpiredCounts(@Json(name = "data") Map<String, Long> byChannel) {

  /**
   * Normalises a missing map to empty.
   *
   * @param byChannel counts keyed by channel code
   */
  public RoomExpiredCounts {
    byChannel = byChannel == null ? Map.of() : Map.copyOf(byChannel);
  }

  /**
   * The count for one channel.
   *
   * @param channel the channel
   * @return its count, 0 when absent
   */
  public long count(Channel channel) {
    Long n = byChannel.get(channel.value());
    return n == null ? 0 : n;
  }

  /**
   * The count over every channel.
   *
   * @return the sum
   */
  public long total() {
    return byChannel.values().stream().mapToLong(n -> n == null ? 0 : n).sum();
  }
}
