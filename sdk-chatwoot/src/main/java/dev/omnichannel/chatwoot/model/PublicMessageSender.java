package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * The sender of a Client API message ({@code public_message_sender}, Chatwoot's
 * {@code push_event_data}): a contact, user (agent), agent bot or Captain assistant. The fields
 * present depend on {@link #type()}; all are nullable.
 *
 * @param id the sender id
 * @param name the name
 * @param avatarUrl the avatar URL (users, bots, assistants)
 * @param thumbnail the avatar or thumbnail URL (contacts; users may also send it)
 * @param type the sender type
 * @param availableName the display name (users)
 * @param availabilityStatus {@code online}, {@code busy} or {@code offline} (users)
 * @param email the e-mail address (contacts)
 * @param phoneNumber the phone number (contacts)
 * @param identifier the external identifier (contacts)
 * @param blocked whether the contact is blocked (contacts)
 * @param additionalAttributes additional attributes (contacts, open map)
 * @param customAttributes custom attributes (contacts, open map)
 * @param description the description (Captain assistants)
 * @param createdAt the creation time (Captain assistants)
 */
public record PublicMessageSender(
    Long id,
    String name,
    @Json(name = "avatar_url") String avatarUrl,
    String thumbnail,
    SenderType type,
    @Json(name = "available_name") String availableName,
    @Json(name = "availability_status") String availabilityStatus,
    String email,
    @Json(name = "phone_number") String phoneNumber,
    String identifier,
    Boolean blocked,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    String description,
    @Json(name = "created_at") Instant createdAt) {}
