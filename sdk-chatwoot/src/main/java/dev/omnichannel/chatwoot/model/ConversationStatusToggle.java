package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * The result of {@code POST .../conversations/{conversation_id}/toggle_status} (the
 * {@code payload} of {@code {meta:{}, payload:{...}}}). Every component may be null.
 *
 * @param success whether the status was saved
 * @param conversationId the conversation's display id
 * @param currentStatus the status after the call
 * @param snoozedUntil when a snoozed conversation reopens, or null
 */
public record ConversationStatusToggle(
    Boolean success,
    @Json(name = "conversation_id") Long conversationId,
    @Json(name = "current_status") ConversationStatus currentStatus,
    @Json(name = "snoozed_until") Instant snoozedUntil) {}
