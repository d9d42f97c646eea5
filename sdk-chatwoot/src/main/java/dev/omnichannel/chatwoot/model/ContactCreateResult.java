package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * The answer of a contact create ({@code payload} of {@code POST …/contacts}): the contact and its
 * contact inbox in the inbox it was created for.
 *
 * @param contact the new contact
 * @param contactInbox the inbox (raw inbox row) and the contact's {@code source_id} in it; use the
 *     source id to create a conversation
 */
public record ContactCreateResult(
    Contact contact,
    @Json(name = "contact_inbox") ContactableInbox contactInbox) {}
