package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * Conversations per first-response-time bucket for one channel type (a value of
 * {@code GET /api/v2/accounts/{account_id}/reports/first_response_time_distribution}, keyed by
 * channel type such as {@code Channel::Api}). Every component may be null.
 *
 * @param upTo1h first response within 1 hour ({@code 0-1h})
 * @param from1hTo4h between 1 and 4 hours ({@code 1-4h})
 * @param from4hTo8h between 4 and 8 hours ({@code 4-8h})
 * @param from8hTo24h between 8 and 24 hours ({@code 8-24h})
 * @param over24h more than 24 hours ({@code 24h+})
 */
public record ReportResponseTimeBuckets(
    @Json(name = "0-1h") Long upTo1h,
    @Json(name = "1-4h") Long from1hTo4h,
    @Json(name = "4-8h") Long from4hTo8h,
    @Json(name = "8-24h") Long from8hTo24h,
    @Json(name = "24h+") Long over24h) {}
