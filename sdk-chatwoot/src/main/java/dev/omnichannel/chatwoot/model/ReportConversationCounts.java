package dev.omnichannel.chatwoot.model;

/**
 * The account's live conversation counts
 * ({@code GET /api/v2/accounts/{account_id}/reports/conversations?type=account}). Every component
 * may be null.
 *
 * @param open open conversations
 * @param unattended open conversations no agent has answered yet
 * @param unassigned open conversations without an assignee
 */
public record ReportConversationCounts(Long open, Long unattended, Long unassigned) {}
