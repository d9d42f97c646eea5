package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * The conversation counts Chatwoot reports with a conversation list, a filter result and
 * {@code GET /api/v1/accounts/{account_id}/conversations/meta}: how many conversations match the
 * other filters for each assignee type. Every component may be null (the filter result has no
 * {@code assigned_count}).
 *
 * @param mineCount conversations assigned to the token's user
 * @param assignedCount conversations assigned to anyone
 * @param unassignedCount conversations assigned to no one
 * @param allCount all matching conversations
 */
public record ConversationCounts(
    @Json(name = "mine_count") Long mineCount,
    @Json(name = "assigned_count") Long assignedCount,
    @Json(name = "unassigned_count") Long unassignedCount,
    @Json(name = "all_count") Long allCount) {}
