package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * Outgoing messages of one agent, team, inbox or label
 * ({@code GET /api/v2/accounts/{account_id}/reports/outgoing_messages_count}). Every component may
 * be null.
 *
 * @param id the id of the agent, team, inbox or label
 * @param name its name (label title for labels)
 * @param outgoingMessagesCount outgoing messages in the period
 */
public record ReportOutgoingMessagesCount(
    Long id,
    String name,
    @Json(name = "outgoing_messages_count") Long outgoingMessagesCount) {}
