package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A WhatsApp broadcast (research §6.3): one template sent to one number (direct) or to every
 * contact of a contact list (bulk). Returned by {@code POST /broadcasts/whatsapp/direct},
 * {@code POST /broadcasts/whatsapp}, the broadcast list and the broadcast detail.
 *
 * @param id broadcast id (UUID)
 * @param name broadcast name
 * @param organizationId owning organisation
 * @param channelIntegrationId the sending WhatsApp integration
 * @param contactListId the contact list of a bulk broadcast, or null
 * @param contactId the contact of a direct broadcast, or null
 * @param targetChannel the channel ({@code wa}, {@code wa_cloud})
 * @param sendAt when it is (or was) sent
 * @param executeStatus execution state, e.g. {@code done}
 * @param executeType immediately, specific (scheduled) or campaign_plan
 * @param parameters the parameters as Qontak stores them: {@code header}, {@code body} and
 *     {@code buttons} as maps keyed by placeholder (raw JSON)
 * @param createdAt creation time
 * @param messageStatusCount recipients per delivery status
 * @param contactExtra extra contact variables (raw JSON)
 * @param messageTemplate the template that was sent, as raw JSON ({@code id, name, language,
 *     header, body, footer, buttons, status, category, ...})
 * @param divisionId the division, or null
 * @param messageBroadcastError the broadcast's error, or {@code n/a} when none (see
 *     {@link #broadcastError()})
 * @param senderName who sent it
 * @param senderEmail the sender's email
 * @param channelAccountName the sending number's account name
 * @param channelPhoneNumber the sending number
 * @param messageBroadcastPlanId the campaign plan, when {@code campaign_plan}
 * @param contactListName the contact list's name (detail only)
 */
public record Broadcast(
    String id,
    String name,
    @Json(name = "organization_id") String organizationId,
    @Json(name = "channel_integration_id") String channelIntegrationId,
    @Json(name = "contact_list_id") String contactListId,
    @Json(name = "contact_id") String contactId,
    @Json(name = "target_channel") Channel targetChannel,
    @Json(name = "send_at") Instant sendAt,
    @Json(name = "execute_status") String executeStatus,
    @Json(name = "execute_type") BroadcastExecuteType executeType,
    Map<String, Object> parameters,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "message_status_count") MessageStatusCount messageStatusCount,
    @Json(name = "contact_extra") Map<String, Object> contactExtra,
    @Json(name = "message_template") Map<String, Object> messageTemplate,
    @Json(name = "division_id") String divisionId,
    @Json(name = "message_broadcast_error") String messageBroadcastError,
    @Json(name = "sender_name") String senderName,
    @Json(name = "sender_email") String senderEmail,
    @Json(name = "channel_account_name") String channelAccountName,
    @Json(name = "channel_phone_number") String channelPhoneNumber,
    @Json(name = "message_broadcast_plan_id") String messageBroadcastPlanId,
    @Json(name = "contact_list_name") String contactListName) {

  /**
   * The broadcast's error, or null when Qontak reports {@code n/a} (or nothing).
   *
   * @return the error text or null
   */
  public String broadcastError() {
    return messageBroadcastError == null || messageBroadcastError.isBlank()
        || "n/a".equalsIgnoreCase(messageBroadcastError) ? null : messageBroadcastError;
  }

  /**
   * The template's id from {@link #messageTemplate}, or null.
   *
   * @return the template id
   */
  public String messageTemplateId() {
    Object id = messageTemplate == null ? null : messageTemplate.get("id");
    return id == null ? null : id.toString();
  }

  /**
   * Recipients of a broadcast per delivery status ({@code message_status_count}).
   *
   * @param failed failed deliveries
   * @param delivered delivered, not yet read
   * @param read read
   * @param pending not yet sent
   * @param sent sent, not yet delivered
   */
  public record MessageStatusCount(Integer failed, Integer delivered, Integer read, Integer pending, Integer sent) {

    /**
     * All recipients counted, treating missing counts as zero.
     *
     * @return the sum of the counts
     */
    public int total() {
      return n(failed) + n(delivered) + n(read) + n(pending) + n(sent);
    }

    private static int n(Integer i) {
      return i == null ? 0 : i;
    }
  }
}
