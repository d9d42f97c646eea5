package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * The {@code meta} of a contact list, search or filter answer.
 *
 * @param count the total number of matching contacts
 * @param currentPage the page number; the server echoes the {@code page} query parameter, so it
 *     arrives as a string or an integer and is read as a number either way
 * @param hasMore whether more pages follow (search only; null elsewhere)
 */
public record ContactListMeta(
    Integer count,
    @Json(name = "current_page") Integer currentPage,
    @Json(name = "has_more") Boolean hasMore) {}
