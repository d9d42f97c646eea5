package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * A user's membership in an account, as the Platform API's account-user endpoints return it
 * (spec: {@code {account_id, user_id, role}}; the server renders the whole record, so the other
 * components are filled when present). Every component may be null.
 *
 * @param id the membership id
 * @param accountId the account id
 * @param userId the user id
 * @param role {@code administrator} or {@code agent}
 * @param inviterId the id of the user who added this one, or null
 * @param createdAt when the membership was created
 * @param updatedAt when the membership last changed
 */
public record PlatformAccountUser(
    Long id,
    @Json(name = "account_id") Long accountId,
    @Json(name = "user_id") Long userId,
    String role,
    @Json(name = "inviter_id") Long inviterId,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt) {}
