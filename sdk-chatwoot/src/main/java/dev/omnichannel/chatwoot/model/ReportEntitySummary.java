package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * One row of the inbox, agent or team summary report
 * ({@code GET /api/v2/accounts/{account_id}/summary_reports/inbox|agent|team}). The averages are
 * null when there is no data; numbers and numeric strings both read.
 *
 * @param id the inbox, agent (user) or team id
 * @param conversationsCount conversations in the period
 * @param resolvedConversationsCount conversations resolved in the period
 * @param avgResolutionTime average resolution time in seconds, may be null
 * @param avgFirstResponseTime average first response time in seconds, may be null
 * @param avgReplyTime average time between replies in seconds, may be null
 */
public record ReportEntitySummary(
    Long id,
    @Json(name = "conversations_count") Long conversationsCount,
    @Json(name = "resolved_conversations_count") Long resolvedConversationsCount,
    @Json(name = "avg_resolution_time") Double avgResolutionTime,
    @Json(name = "avg_first_response_time") Double avgFirstResponseTime,
    @Json(name = "avg_reply_time") Double avgReplyTime) {}
