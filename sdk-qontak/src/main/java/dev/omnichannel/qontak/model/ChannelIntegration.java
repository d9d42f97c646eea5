package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A channel integration: one connected WhatsApp number, Instagram account, Telegram bot, ...
 * Its {@code id} is the {@code channel_integration_id} that sending endpoints take.
 * {@code toString()} leaves out {@code settings}, which can hold channel credentials.
 *
 * @param id integration id (UUID)
 * @param targetChannel the channel
 * @param webhook the channel's webhook token or URL
 * @param settings channel-specific settings (WhatsApp on-premise: {@code domain_server},
 *     {@code authorization}, {@code account_name}, {@code server_wa_id}; WhatsApp Cloud:
 *     {@code phone_number}, {@code phone_number_id}, ...); may contain credentials
 * @param organizationId owning organisation
 * @param createdAt creation time
 * @param isActive whether the integration is active
 * @param channelName display name, when sent
 */
public record ChannelIntegration(
    String id,
    @Json(name = "target_channel") Channel targetChannel,
    String webhook,
    Map<String, Object> settings,
    @Json(name = "organization_id") String organizationId,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "is_active") Boolean isActive,
    @Json(name = "channel_name") String channelName) {

  /** Leaves out settings (channel credentials). */
  @Override
  public String toString() {
    return "ChannelIntegration[id=" + id + ", targetChannel=" + targetChannel + ", organizationId="
        + organizationId + ", isActive=" + isActive + ", createdAt=" + createdAt + "]";
  }
}
