package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * An inbox a contact is (or can be) reached through, with the contact's id in that inbox: the
 * items of {@code contact.contact_inboxes}, of {@code GET …/contacts/{id}/contactable_inboxes}, the
 * answer of {@code POST …/contacts/{id}/contact_inboxes} and the {@code contact_inbox} of a contact
 * create ({@code {source_id, inbox}}).
 *
 * @param sourceId the contact's id in the inbox (pass it as {@code source_id} when creating a
 *     conversation); may be null for a contactable inbox without a contact inbox yet. It acts as a
 *     Client API credential, so {@code toString()} masks it
 * @param inbox the inbox
 */
public record ContactableInbox(
    @Json(name = "source_id") String sourceId,
    Inbox inbox) {

  /**
   * Describes the inbox with the source id (a Client API credential) masked.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "ContactableInbox[sourceId=" + (sourceId == null ? "null" : "██") + ", inbox=" + inbox + "]";
  }
}
