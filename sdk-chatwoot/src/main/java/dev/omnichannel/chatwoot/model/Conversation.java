package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Chatwoot conversation: the root of conversation, typing (nested), automation and macro
 * webhooks and of {@code message.conversation}. {@link #id()} is the per-account display id.
 * The presenter's own times arrive as epoch seconds, where {@code 0} means unset and reads as null.
 * The Application API ({@code ConversationService}) returns the same shape plus {@code uuid},
 * {@code muted}, {@code assignee_last_seen_at} and {@code last_non_activity_message}.
 * The mini conversation inside a nested message has only {@code assignee_id}, {@code
 * unread_count}, {@code last_activity_at} and {@code contact_inbox.source_id}.
 *
 * @param id the display id (used in API paths)
 * @param accountId the account id (API responses)
 * @param inboxId the inbox id
 * @param account the account (v4.14.2+)
 * @param channel the channel class, e.g. {@code Channel::Api}
 * @param status the status
 * @param priority the priority, may be null
 * @param canReply whether the messaging window allows a reply
 * @param labels the labels, never null
 * @param additionalAttributes additional attributes (open map)
 * @param customAttributes custom attributes (open map)
 * @param contactInbox the contact inbox row, may be null
 * @param meta sender, assignee and team
 * @param messages the latest public non-activity message (0 or 1 items, push form), never null; not necessarily the message that triggered the event
 * @param unreadCount the number of unread messages
 * @param assigneeId the assignee id (mini conversation inside a nested message)
 * @param snoozedUntil the snooze end, may be null
 * @param firstReplyCreatedAt the first reply time, may be null
 * @param waitingSince waiting since, null when unset
 * @param agentLastSeenAt when an agent last saw it, null when unset
 * @param contactLastSeenAt when the contact last saw it, null when unset
 * @param lastActivityAt the last activity time
 * @param timestamp the conversation timestamp (last activity)
 * @param createdAt the creation time
 * @param updatedAt the update time (a fractional epoch on the wire)
 * @param appliedSla the applied SLA (Enterprise), may be null
 * @param slaEvents SLA events (Enterprise), never null
 * @param slaPolicyId the SLA policy id (Enterprise), may be null
 * @param uuid the conversation's UUID (API responses), may be null
 * @param muted whether the conversation is muted (API responses), may be null
 * @param assigneeLastSeenAt when the assignee last saw it (API responses), null when unset
 * @param lastNonActivityMessage the latest non-activity message, private notes included (API
 *     responses, push form), may be null
 */
public record Conversation(
    Long id,
    @Json(name = "account_id") Long accountId,
    @Json(name = "inbox_id") Long inboxId,
    Account account,
    String channel,
    ConversationStatus status,
    ConversationPriority priority,
    @Json(name = "can_reply") Boolean canReply,
    List<String> labels,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    @Json(name = "contact_inbox") ContactInbox contactInbox,
    ConversationMeta meta,
    List<Message> messages,
    @Json(name = "unread_count") Integer unreadCount,
    @Json(name = "assignee_id") Long assigneeId,
    @Json(name = "snoozed_until") Instant snoozedUntil,
    @Json(name = "first_reply_created_at") Instant firstReplyCreatedAt,
    @Json(name = "waiting_since") Instant waitingSince,
    @Json(name = "agent_last_seen_at") Instant agentLastSeenAt,
    @Json(name = "contact_last_seen_at") Instant contactLastSeenAt,
    @Json(name = "last_activity_at") Instant lastActivityAt,
    Instant timestamp,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "applied_sla") Map<String, Object> appliedSla,
    @Json(name = "sla_events") List<Map<String, Object>> slaEvents,
    @Json(name = "sla_policy_id") Long slaPolicyId,
    String uuid,
    Boolean muted,
    @Json(name = "assignee_last_seen_at") Instant assigneeLastSeenAt,
    @Json(name = "last_non_activity_message") Message lastNonActivityMessage) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the display id (used in API paths)
   * @param accountId the account id (API responses)
   * @param inboxId the inbox id
   * @param account the account (v4.14.2+)
   * @param channel the channel class, e.g. {@code Channel::Api}
   * @param status the status
   * @param priority the priority, may be null
   * @param canReply whether the messaging window allows a reply
   * @param labels the labels, never null
   * @param additionalAttributes additional attributes (open map)
   * @param customAttributes custom attributes (open map)
   * @param contactInbox the contact inbox row, may be null
   * @param meta sender, assignee and team
   * @param messages the latest public non-activity message (0 or 1 items, push form), never null; not necessarily the message that triggered the event
   * @param unreadCount the number of unread messages
   * @param assigneeId the assignee id (mini conversation inside a nested message)
   * @param snoozedUntil the snooze end, may be null
   * @param firstReplyCreatedAt the first reply time, may be null
   * @param waitingSince waiting since, null when unset
   * @param agentLastSeenAt when an agent last saw it, null when unset
   * @param contactLastSeenAt when the contact last saw it, null when unset
   * @param lastActivityAt the last activity time
   * @param timestamp the conversation timestamp (last activity)
   * @param createdAt the creation time
   * @param updatedAt the update time (a fractional epoch on the wire)
   * @param appliedSla the applied SLA (Enterprise), may be null
   * @param slaEvents SLA events (Enterprise), never null
   * @param slaPolicyId the SLA policy id (Enterprise), may be null
   * @param uuid the conversation's UUID (API responses), may be null
   * @param muted whether the conversation is muted (API responses), may be null
   * @param assigneeLastSeenAt when the assignee last saw it (API responses), null when unset
   * @param lastNonActivityMessage the latest non-activity message, private notes included (API
   *     responses, push form), may be null
   */
  public Conversation {
    labels = JsonSupport.listOrEmpty(labels);
    messages = JsonSupport.listOrEmpty(messages);
    slaEvents = JsonSupport.listOrEmpty(slaEvents);
  }
}
