package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * One reporting event (Enterprise): a measured interval of a conversation such as
 * {@code first_response}, {@code resolution}, {@code reply_time} or
 * {@code conversation_bot_handoff}. Every component may be null.
 *
 * @param id the event id
 * @param name the event name, e.g. {@code first_response}
 * @param value the measured value in seconds
 * @param valueInBusinessHours the value in seconds, counting business hours only
 * @param eventStartTime when the measured interval started
 * @param eventEndTime when the measured interval ended
 * @param accountId the account id
 * @param conversationId the conversation id, may be null
 * @param inboxId the inbox id, may be null
 * @param userId the agent (user) id, may be null
 * @param createdAt when the event was recorded
 * @param updatedAt when the event was last updated
 */
public record ReportingEvent(
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
