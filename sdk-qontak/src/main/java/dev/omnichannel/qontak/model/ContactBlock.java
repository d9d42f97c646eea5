package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;

/**
 * A block of a room's contact ({@code POST /contact_block}).
 *
 * @param id block id (UUID)
 * @param contactId the blocked contact; pass it to unblock
 * @param organizationId owning organisation
 * @param reason the reason given
 * @param channel the contact's channel
 * @param accountUniqId the contact's id on its channel
 */
public record ContactBlock(
    String id,
    @Json(name = "contact_id") String contactId,
    @Json(name = "organization_id") String organizationId,
    String reason,
    Channel channel,
    @Json(name = "account_uniq_id") String accountUniqId) {}
