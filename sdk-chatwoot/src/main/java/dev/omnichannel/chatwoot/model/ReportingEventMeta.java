package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * The {@code meta} of a page of reporting events. Numbers sent as strings are read too.
 *
 * @param count the total number of matching events
 * @param currentPage the number of this page, 1-based
 * @param totalPages the total number of pages (25 events per page)
 */
public record ReportingEventMeta(
    Long count,
    @Json(name = "current_page") Integer currentPage,
    @Json(name = "total_pages") Integer totalPages) {}
