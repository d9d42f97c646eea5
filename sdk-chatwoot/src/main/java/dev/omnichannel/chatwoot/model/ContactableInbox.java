package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * An inbox a contact is (or can be) reached through, with the contact's id in that inbox: the
 * items of {@code contact.contact_inboxes}, of {@code GET …/contacts/{id}/contactable_inboxes}, the
 * answer of {@code POST …/contacts/{id}/contact_inboxes} and the {@code contact_inbox} of a contact
 * create ({@code {source_id, inbox}}).
 *
 * @param sourceId the contact's id in the inbox (pass it as {@code source_id} when creating a
 *     conversation); may be null for a contactable inbox without a contact inbox yet
 * @param inbox the inbox
 */
public record ContactableInbox(
    @Json(name = "source_id") String sourceId,
    Inbox inbox) {}
