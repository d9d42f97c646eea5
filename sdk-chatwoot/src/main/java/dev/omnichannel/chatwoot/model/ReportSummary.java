package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * The conversation statistics summary of a period
 * ({@code GET /api/v2/accounts/{account_id}/reports/summary}), with the same figures for the
 * preceding period of equal length in {@link #previous()}.
 *
 * <p>The spec types the averages as strings (the server serialises SQL decimals as strings);
 * numbers and numeric strings both read into a {@code Double}. Every component may be null.
 *
 * @param avgFirstResponseTime average first response time, in seconds
 * @param avgResolutionTime average resolution time, in seconds
 * @param avgReplyTime average reply time, in seconds (server field, not in the spec)
 * @param conversationsCount conversations created
 * @param incomingMessagesCount incoming messages
 * @param outgoingMessagesCount outgoing messages
 * @param resolutionsCount conversations resolved
 * @param previous the same figures for the preceding period; null inside {@code previous}
 */
public record ReportSummary(
    @Json(name = "avg_first_response_time") Double avgFirstResponseTime,
    @Json(name = "avg_resolution_time") Double avgResolutionTime,
    @Json(name = "reply_time") Double avgReplyTime,
    @Json(name = "conversations_count") Long conversationsCount,
    @Json(name = "incoming_messages_count") Long incomingMessagesCount,
    @Json(name = "outgoing_messages_count") Long outgoingMessagesCount,
    @Json(name = "resolutions_count") Long resolutionsCount,
    ReportSummary previous) {}
