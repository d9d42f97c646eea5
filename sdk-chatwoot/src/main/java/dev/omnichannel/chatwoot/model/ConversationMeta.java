package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * The {@code meta} of a Chatwoot conversation: the contact, the assignee and the team.
 *
 * @param sender the contact (push form, {@code type:"contact"})
 * @param assignee the assigned agent or agent bot, may be null
 * @param assigneeType {@code User} or {@code AgentBot}, may be null
 * @param team the team, may be null
 * @param hmacVerified whether the contact inbox is HMAC-verified, may be null
 * @param channel the inbox's channel type, e.g. {@code Channel::Api} (API responses), may be null
 */
public record ConversationMeta(
    Sender sender,
    Sender assignee,
    @Json(name = "assignee_type") String assigneeType,
    Team team,
    @Json(name = "hmac_verified") Boolean hmacVerified,
    String channel) {}
