package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * An agent (user) of the account, as returned by {@code GET /api/v1/accounts/{account_id}/agents}
 * and the agent and team-member endpoints. Every component may be null.
 *
 * @param id the user id
 * @param accountId the account id
 * @param availabilityStatus effective availability: {@code online}, {@code busy}, {@code offline}
 * @param autoOffline whether the agent goes offline automatically when away
 * @param confirmed whether the agent confirmed their email address
 * @param email the agent's email
 * @param availableName the name shown to contacts
 * @param name the agent's full name
 * @param role {@code agent} or {@code administrator}
 * @param thumbnail the avatar thumbnail URL
 * @param customRoleId the custom role id (Enterprise), or null
 */
public record Agent(
    Long id,
    @Json(name = "account_id") Long accountId,
    @Json(name = "availability_status") String availabilityStatus,
    @Json(name = "auto_offline") Boolean autoOffline,
    Boolean confirmed,
    String email,
    @Json(name = "available_name") String availableName,
    String name,
    String role,
    String thumbnail,
    @Json(name = "custom_role_id") Long customRoleId) {}
