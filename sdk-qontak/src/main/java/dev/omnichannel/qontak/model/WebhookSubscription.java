package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One webhook target registered for an event in the organisation settings (an item of
 * {@code <event>.webhooks[]}, research §8.1). Several events share one target when they were
 * enabled with the same URL (one {@code PUT /message_interactions} call sets one URL for all
 * message events).
 *
 * @param id the webhook's id (UUID)
 * @param event the webhook family: {@code message_interaction}, {@code room_interaction},
 *     {@code agent_responsibility}, {@code custom_agent_allocation}, {@code waba_interaction},
 *     {@code available_user_status}; the same value arrives as {@code webhook_event} in payloads
 * @param url where Qontak POSTs the payloads (may be {@code ""} when never set)
 * @param channelIntegrationIds room events only: the channel integrations the webhook is limited
 *     to (empty for all)
 */
public record WebhookSubscription(
    String id,
    String event,
    String url,
    @Json(name = "channel_integration_ids") List<String> channelIntegrationIds) {

  /**
   * Normalises a missing id list to empty.
   *
   * @param id the webhook's id
   * @param event the webhook family
   * @param url the target URL
   * @param channelIntegrationIds the channel filter
   */
  public WebhookSubscription {
    channelIntegrationIds = JsonSupport.listOrEmpty(channelIntegrationIds);
  }
}
