package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A contact inside a contact list ({@code GET /contacts/contact_lists/contacts/{id}}).
 *
 * @param id contact id (UUID)
 * @param phoneNumber phone number, digits with country code
 * @param fullName name
 * @param email email ({@code ""} when none)
 * @param username username ({@code ""} when none)
 * @param code Qontak's short contact code ({@code ""} when none)
 * @param createdAt creation time
 * @param updatedAt last change
 * @param authority e.g. {@code own}
 * @param channel the contact's channel ({@code unknown} for imported contacts, kept as an unknown value)
 * @param status import status of the row, e.g. {@code success}
 * @param errorMessages import errors of the row (free-form; empty when none)
 * @param extra the row's other columns (template variables), by column name
 * @param accountUniqId the contact's id on its channel (the phone number for WhatsApp)
 * @param channelIntegrationId the channel integration the contact belongs to
 * @param avatar avatar (an object, possibly empty, or a URL)
 * @param isValid whether the number is valid
 * @param isBlocked whether the contact is blocked
 * @param contactHandlerId handling agent, or null
 */
public record Contact(
    String id,
    @Json(name = "phone_number") String phoneNumber,
    @Json(name = "full_name") String fullName,
    String email,
    String username,
    String code,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    String authority,
    Channel channel,
    String status,
    @Json(name = "error_messages") Map<String, Object> errorMessages,
    Map<String, Object> extra,
    @Json(name = "account_uniq_id") String accountUniqId,
    @Json(name = "channel_integration_id") String channelIntegrationId,
    Object avatar,
    @Json(name = "is_valid") Boolean isValid,
    @Json(name = "is_blocked") Boolean isBlocked,
    @Json(name = "contact_handler_id") String contactHandlerId) {}
