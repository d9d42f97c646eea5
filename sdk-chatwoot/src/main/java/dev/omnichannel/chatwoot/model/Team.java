package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * A team of agents ({@code /api/v1/accounts/{account_id}/teams}). Every component may be null.
 *
 * @param id the team id
 * @param name the team name
 * @param description the description, or null
 * @param allowAutoAssign whether conversations assigned to the team are auto-assigned to a member
 * @param accountId the account id
 * @param isMember whether the current user belongs to the team
 */
public record Team(
    Long id,
    String name,
    String description,
    @Json(name = "allow_auto_assign") Boolean allowAutoAssign,
    @Json(name = "account_id") Long accountId,
    @Json(name = "is_member") Boolean isMember) {}
