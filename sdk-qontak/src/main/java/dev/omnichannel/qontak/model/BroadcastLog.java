package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * One recipient's delivery record of a broadcast (research §7.3): what
 * {@code GET /broadcasts/{id}/whatsapp/log} lists and what the {@code broadcast_log_status}
 * webhook sends on each change.
 *
 * @param id log entry id
 * @param organizationId owning organisation
 * @param messagesBroadcastId the broadcast
 * @param messagesBroadcastTemplateId the broadcast's template, when sent
 * @param contactPhoneNumber recipient number
 * @param contactFullName recipient name
 * @param status pending, sent, delivered, read or failed
 * @param whatsappMessageId WhatsApp's message id ({@code wamid...}), or {@code n/a}
 * @param whatsappErrorMessage WhatsApp's error, or {@code n/a}
 * @param messagesResponse WhatsApp's raw answers (sent/delivered/read statuses, errors), as raw JSON
 * @param messages the rendered header/body/buttons as sent
 * @param createdAt creation time
 * @param isPacing whether Meta paced the message
 * @param channelIntegrationId the sending integration
 */
public record BroadcastLog(
    String id,
    @Json(name = "organization_id") String organizationId,
    @Json(name = "messages_broadcast_id") String messagesBroadcastId,
    @Json(name = "messages_broadcast_template_id") String messagesBroadcastTemplateId,
    @Json(name = "contact_phone_number") String contactPhoneNumber,
    @Json(name = "contact_full_name") String contactFullName,
    MessageStatus status,
    @Json(name = "whatsapp_message_id") String whatsappMessageId,
    @Json(name = "whatsapp_error_message") String whatsappErrorMessage,
    @Json(name = "messages_response") Map<String, Object> messagesResponse,
    Map<String, Object> messages,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "is_pacing") Boolean isPacing,
    @Json(name = "channel_integration_id") String channelIntegrationId) {

  /**
   * The WhatsApp error, or null when Qontak reports {@code n/a}.
   *
   * @return the error text or null
   */
  public String whatsappError() {
    return whatsappErrorMessage == null || "n/a".equals(whatsappErrorMessage) ? null : whatsappErrorMessage;
  }
}
