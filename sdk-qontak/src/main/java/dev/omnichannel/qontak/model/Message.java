package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A message in a room: what the send endpoints answer and what message webhooks
 * ({@code receive_message_from_customer}, {@code receive_message_from_agent}, {@code status_message})
 * carry (research §8.3). Qontak re-sends the whole message on each status change.
 *
 * @param id message id (UUID)
 * @param type text, image, video, audio, document, ...
 * @param roomId the room
 * @param isCampaign true for broadcast messages
 * @param senderId the sender's id
 * @param senderType {@code Models::Contact}, {@code Models::User} or {@code Models::SystemAccount}
 * @param sender the sender's name and avatar
 * @param participantId the participant's id
 * @param participantType customer, agent or bot
 * @param organizationId owning organisation
 * @param text the text
 * @param status created (inbound), sent, delivered, read or failed
 * @param externalId the channel's message id (WhatsApp {@code wamid...}); null or empty when none
 * @param localId the sender's local id, or null
 * @param reply the quoted message, or null
 * @param createdAt creation time
 * @param room a snapshot of the room
 * @param file media: {@code url}, {@code filename}, {@code size} and resized URLs, or null
 * @param fileUniqId media id, or null
 * @param channelIntegration {@code {id, target_channel}}, when sent
 * @param buttons interactive buttons as sent, or null
 * @param isEdited whether the message was edited
 * @param rawMessage the channel's raw payload, when sent
 */
public record Message(
    String id,
    MessageType type,
    @Json(name = "room_id") String roomId,
    @Json(name = "is_campaign") Boolean isCampaign,
    @Json(name = "sender_id") String senderId,
    @Json(name = "sender_type") SenderType senderType,
    Sender sender,
    @Json(name = "participant_id") String participantId,
    @Json(name = "participant_type") ParticipantType participantType,
    @Json(name = "organization_id") String organizationId,
    String text,
    MessageStatus status,
    @Json(name = "external_id") String externalId,
    @Json(name = "local_id") String localId,
    Object reply,
    @Json(name = "created_at") Instant createdAt,
    Room room,
    Map<String, Object> file,
    @Json(name = "file_uniq_id") String fileUniqId,
    @Json(name = "channel_integration") Map<String, Object> channelIntegration,
    Object buttons,
    @Json(name = "is_edited") Boolean isEdited,
    @Json(name = "raw_message") Object rawMessage) {

  /**
   * The channel's message id, or null when Qontak sent null or an empty string.
   *
   * @return the external id or null
   */
  public String externalIdOrNull() {
    return externalId == null || externalId.isEmpty() ? null : externalId;
  }
}
