package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as the Client API shows it ({@code public_message}). {@code message_type} is an
 * integer 0-3 here and {@code created_at} epoch seconds; both read into the usual types.
 *
 * @param id the message id
 * @param content the text, null for attachment-only messages
 * @param messageType incoming (from the contact), outgoing, activity or template
 * @param contentType the content type ({@code text}, {@code input_select}, {@code form},
 *     {@code input_csat}, ...)
 * @param contentAttributes content attributes (open map: {@code items}, {@code submitted_values},
 *     {@code in_reply_to}, ...)
 * @param createdAt the creation time
 * @param conversationId the conversation's display id
 * @param attachments the attachments, never null (absent on the wire when none)
 * @param sender the sender (contact, agent, bot or assistant), null for system messages
 */
public record PublicMessage(
    Long id,
    String content,
    @Json(name = "message_type") MessageType messageType,
    @Json(name = "content_type") ContentType contentType,
    @Json(name = "content_attributes") Map<String, Object> contentAttributes,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "conversation_id") Long conversationId,
    List<PublicMessageAttachment> attachments,
    PublicMessageSender sender) {

  /**
   * Normalises a missing attachment list to an empty one.
   *
   * @param id the message id
   * @param content the text
   * @param messageType the message type
   * @param contentType the content type
   * @param contentAttributes content attributes
   * @param createdAt the creation time
   * @param conversationId the conversation's display id
   * @param attachments the attachments, never null
   * @param sender the sender
   */
  public PublicMessage {
    attachments = JsonSupport.listOrEmpty(attachments);
  }
}
