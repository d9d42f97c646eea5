package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Chatwoot message. Two wire forms share this record: the webhook root of {@code
 * message_created} / {@code message_updated} ({@code message_type} as a string, {@code created_at}
 * ISO, with {@code account}, {@code inbox} and {@code conversation}) and the push form inside
 * {@code conversation.messages} ({@code message_type} as an integer, {@code created_at} epoch,
 * with {@code status}, {@code sender_type}, ids). Absent fields are null; lists are never null.
 *
 * @param id the message id
 * @param content the text, may be null
 * @param messageType incoming, outgoing, activity or template
 * @param contentType the content type
 * @param contentAttributes content attributes (open map: in_reply_to, deleted, external_error, items, ...)
 * @param additionalAttributes additional attributes (open map)
 * @param isPrivate true for a private note
 * @param status the delivery status (push form only)
 * @param sourceId the external id (e.g. a WhatsApp message id), may be null
 * @param sender the sender, may be null
 * @param senderType {@code Contact}, {@code User}, {@code AgentBot}, ... (push form only)
 * @param senderId the sender id (push form only)
 * @param attachments the attachments, never null (the key is absent when none)
 * @param createdAt the creation time
 * @param updatedAt the update time (push form only)
 * @param accountId the account id (push form)
 * @param inboxId the inbox id (push form)
 * @param conversationId the conversation display id (push form)
 * @param account the account (webhook root)
 * @param inbox the inbox (webhook root)
 * @param conversation the conversation: full in the webhook root, a mini object in the push form
 * @param externalSourceIds external source ids (push form)
 * @param processedMessageContent the processed content (push form)
 * @param sentiment the sentiment (push form)
 * @param echoId the client echo id, when set (push form)
 * @param call voice call data (Enterprise, push form)
 */
public record Message(
    Long id,
    String content,
    @Json(name = "message_type") MessageType messageType,
    @Json(name = "content_type") ContentType contentType,
    @Json(name = "content_attributes") Map<String, Object> contentAttributes,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    @Json(name = "private") Boolean isPrivate,
    MessageStatus status,
    @Json(name = "source_id") String sourceId,
    Sender sender,
    @Json(name = "sender_type") String senderType,
    @Json(name = "sender_id") Long senderId,
    List<Attachment> attachments,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "account_id") Long accountId,
    @Json(name = "inbox_id") Long inboxId,
    @Json(name = "conversation_id") Long conversationId,
    Account account,
    InboxSummary inbox,
    Conversation conversation,
    @Json(name = "external_source_ids") Map<String, Object> externalSourceIds,
    @Json(name = "processed_message_content") String processedMessageContent,
    Map<String, Object> sentiment,
    @Json(name = "echo_id") String echoId,
    Map<String, Object> call) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the message id
   * @param content the text, may be null
   * @param messageType incoming, outgoing, activity or template
   * @param contentType the content type
   * @param contentAttributes content attributes (open map: in_reply_to, deleted, external_error, items, ...)
   * @param additionalAttributes additional attributes (open map)
   * @param isPrivate true for a private note
   * @param status the delivery status (push form only)
   * @param sourceId the external id (e.g. a WhatsApp message id), may be null
   * @param sender the sender, may be null
   * @param senderType {@code Contact}, {@code User}, {@code AgentBot}, ... (push form only)
   * @param senderId the sender id (push form only)
   * @param attachments the attachments, never null (the key is absent when none)
   * @param createdAt the creation time
   * @param updatedAt the update time (push form only)
   * @param accountId the account id (push form)
   * @param inboxId the inbox id (push form)
   * @param conversationId the conversation display id (push form)
   * @param account the account (webhook root)
   * @param inbox the inbox (webhook root)
   * @param conversation the conversation: full in the webhook root, a mini object in the push form
   * @param externalSourceIds external source ids (push form)
   * @param processedMessageContent the processed content (push form)
   * @param sentiment the sentiment (push form)
   * @param echoId the client echo id, when set (push form)
   * @param call voice call data (Enterprise, push form)
   */
  public Message {
    attachments = JsonSupport.listOrEmpty(attachments);
  }
}
