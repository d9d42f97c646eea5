package dev.omnichannel.chatwoot.model;

import java.time.Instant;

/**
 * One point of a report time series ({@code GET /api/v2/accounts/{account_id}/reports}).
 *
 * <p>The spec types {@code value} as a string: averages are SQL decimals that the server
 * serialises as strings such as {@code "73.5"}, while counts arrive as numbers. Both forms read
 * into a {@code Double}.
 *
 * @param value the metric value for the bucket (a count, or seconds for time metrics)
 * @param timestamp the start of the bucket (sent as epoch seconds)
 */
public record ReportMetricPoint(Double value, Instant timestamp) {}
