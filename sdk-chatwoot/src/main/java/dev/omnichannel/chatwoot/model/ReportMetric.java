package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code metric} of a Chatwoot time-series report ({@code GET /api/v2/accounts/{account_id}/reports}). Values the SDK does not know yet are kept, never rejected.
 */
public final class ReportMetric extends OpenEnum {
  private static final OpenEnumRegistry<ReportMetric> REGISTRY = new OpenEnumRegistry<>(ReportMetric::new);

  /** Conversations created. */
  public static final ReportMetric CONVERSATIONS_COUNT = REGISTRY.known("conversations_count");

  /** Incoming messages received. */
  public static final ReportMetric INCOMING_MESSAGES_COUNT = REGISTRY.known("incoming_messages_count");

  /** Outgoing messages sent. */
  public static final ReportMetric OUTGOING_MESSAGES_COUNT = REGISTRY.known("outgoing_messages_count");

  /** Average first response time, in seconds. */
  public static final ReportMetric AVG_FIRST_RESPONSE_TIME = REGISTRY.known("avg_first_response_time");

  /** Average resolution time, in seconds. */
  public static final ReportMetric AVG_RESOLUTION_TIME = REGISTRY.known("avg_resolution_time");

  /** Conversations resolved. */
  public static final ReportMetric RESOLUTIONS_COUNT = REGISTRY.known("resolutions_count");

  /** Average reply time, in seconds (server-side metric, not in the spec enum). */
  public static final ReportMetric REPLY_TIME = REGISTRY.known("reply_time");

  /** Conversations resolved by a bot (server-side metric, not in the spec enum). */
  public static final ReportMetric BOT_RESOLUTIONS_COUNT = REGISTRY.known("bot_resolutions_count");

  /** Conversations handed off from a bot to an agent (server-side metric, not in the spec enum). */
  public static final ReportMetric BOT_HANDOFFS_COUNT = REGISTRY.known("bot_handoffs_count");

  private ReportMetric(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ReportMetric of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ReportMetric> known() {
    return REGISTRY.known();
  }
}
