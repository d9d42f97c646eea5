package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * A canned response ({@code /api/v1/accounts/{account_id}/canned_responses}). Every component
 * may be null.
 *
 * @param id the canned response id
 * @param accountId the account id
 * @param shortCode the short code agents type to insert it
 * @param content the message content
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 */
public record CannedResponse(
    Long id,
    @Json(name = "account_id") Long accountId,
    @Json(name = "short_code") String shortCode,
    String content,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt) {}
