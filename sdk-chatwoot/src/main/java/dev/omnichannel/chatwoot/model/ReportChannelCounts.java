package dev.omnichannel.chatwoot.model;

/**
 * Conversation counts by status for one channel type (a value of the channel summary report,
 * {@code GET /api/v2/accounts/{account_id}/summary_reports/channel}, keyed by channel type such as
 * {@code Channel::WebWidget}). Every component may be null.
 *
 * @param open open conversations
 * @param resolved resolved conversations
 * @param pending pending conversations
 * @param snoozed snoozed conversations
 * @param total all conversations
 */
public record ReportChannelCounts(Long open, Long resolved, Long pending, Long snoozed, Long total) {}
