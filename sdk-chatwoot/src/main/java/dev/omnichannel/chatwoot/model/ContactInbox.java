package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * A Chatwoot contact inbox: the link between a contact and an inbox. As a raw row (in
 * {@code conversation.contact_inbox}) it has ids, {@code source_id}, times and the HMAC flag; as the
 * root of {@code webwidget_triggered} it also has {@code contact}, {@code inbox}, {@code account}
 * and {@code current_conversation}.
 *
 * @param id the contact inbox id
 * @param contactId the contact id (raw row)
 * @param inboxId the inbox id (raw row)
 * @param sourceId the contact's id in this inbox
 * @param createdAt the creation time
 * @param updatedAt the update time
 * @param hmacVerified whether the identity was verified with {@code identifier_hash}
 * @param pubsubToken the websocket token (a credential; do not log)
 * @param contact the contact (webhook form)
 * @param inbox the inbox (webhook form)
 * @param account the account (webhook form)
 * @param currentConversation the current conversation, may be null (webhook form)
 */
public record ContactInbox(
    Long id,
    @Json(name = "contact_id") Long contactId,
    @Json(name = "inbox_id") Long inboxId,
    @Json(name = "source_id") String sourceId,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "hmac_verified") Boolean hmacVerified,
    @Json(name = "pubsub_token") String pubsubToken,
    Contact contact,
    InboxSummary inbox,
    Account account,
    @Json(name = "current_conversation") Conversation currentConversation) {

  /**
   * Describes the record without the pubsub token; the source id (a Client API credential) is masked.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "ContactInbox[id=" + id + ", contactId=" + contactId + ", inboxId=" + inboxId
        + ", sourceId=" + (sourceId == null ? "null" : "██") + ", contact=" + contact + ", inbox=" + inbox + "]";
  }
}
