package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * A reporting event of a conversation (schema {@code reporting_event}), as listed by
 * {@code GET .../conversations/{conversation_id}/reporting_events}. Every component may be null.
 *
 * @param id the event id
 * @param name the metric, e.g. {@code first_response}, {@code conversation_resolved},
 *     {@code reply_time}
 * @param value the metric's value in seconds
 * @param valueInBusinessHours the value in seconds, counting business hours only
 * @param eventStartTime when the measured span started
 * @param eventEndTime when the measured span ended
 * @param accountId the account id
 * @param conversationId the conversation id
 * @param inboxId the inbox id
 * @param userId the agent's user id
 * @param createdAt when the event was recorded
 * @param updatedAt when the event was last updated
 */
public record ConversationReportingEvent(
    Long id,
    String name,
    Double value,
    @Json(name = "value_in_business_hours") Double valueInBusinessHours,
    @Json(name = "event_start_time") Instant eventStartTime,
    @Json(name = "event_end_time") Instant eventEndTime,
    @Json(name = "account_id") Long accountId,
    @Json(name = "conversation_id") Long conversationId,
    @Json(name = "inbox_id") Long inboxId,
    @Json(name = "user_id") Long userId,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt) {}
