package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * One row of an inbox's {@code working_hours}.
 *
 * @param id the row id
 * @param inboxId the inbox id
 * @param accountId the account id
 * @param dayOfWeek the day, 0 = Sunday
 * @param closedAllDay closed the whole day
 * @param openAllDay open the whole day
 * @param openHour opening hour, may be null
 * @param openMinutes opening minutes, may be null
 * @param closeHour closing hour, may be null
 * @param closeMinutes closing minutes, may be null
 * @param createdAt the creation time
 * @param updatedAt the update time
 */
public record WorkingHours(
    Long id,
    @Json(name = "inbox_id") Long inboxId,
    @Json(name = "account_id") Long accountId,
    @Json(name = "day_of_week") Integer dayOfWeek,
    @Json(name = "closed_all_day") Boolean closedAllDay,
    @Json(name = "open_all_day") Boolean openAllDay,
    @Json(name = "open_hour") Integer openHour,
    @Json(name = "open_minutes") Integer openMinutes,
    @Json(name = "close_hour") Integer closeHour,
    @Json(name = "close_minutes") Integer closeMinutes,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt) {}
