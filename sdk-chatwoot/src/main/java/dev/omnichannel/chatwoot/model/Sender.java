package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A Chatwoot actor: the sender of a message, the assignee of a conversation or the user of a
 * typing event. Chatwoot sends several shapes (contact, user, agent bot, Captain assistant; a
 * webhook form and a push form of each); this record holds the union of their fields, all
 * nullable. The contact webhook form has no {@code type}, so use {@link #kind()} rather than
 * {@link #type()} to tell them apart.
 *
 * @param id the actor id (contact, user or bot id)
 * @param name the display name
 * @param type the {@code type} field; null in the contact webhook form
 * @param email the e-mail address (contacts and users)
 * @param phoneNumber the phone number (contacts)
 * @param identifier the external identifier (contacts)
 * @param blocked whether the contact is blocked (contacts)
 * @param avatar the avatar URL, {@code ""} when none (contact webhook form)
 * @param thumbnail the thumbnail URL, {@code ""} when none
 * @param avatarUrl the avatar URL (users, bots, assistants)
 * @param availableName the display name chosen by the agent (user push form)
 * @param availabilityStatus {@code online}, {@code busy} or {@code offline} (user push form)
 * @param additionalAttributes contact additional attributes (open map)
 * @param customAttributes contact custom attributes (open map)
 * @param account the account (contact webhook form)
 * @param companyId the company id, when the companies feature is on (contact push form)
 * @param description the description (Captain assistant)
 * @param createdAt the creation time (Captain assistant)
 */
public record Sender(
    Long id,
    String name,
    SenderType type,
    String email,
    @Json(name = "phone_number") String phoneNumber,
    String identifier,
    Boolean blocked,
    String avatar,
    String thumbnail,
    @Json(name = "avatar_url") String avatarUrl,
    @Json(name = "available_name") String availableName,
    @Json(name = "availability_status") String availabilityStatus,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    Account account,
    @Json(name = "company_id") Long companyId,
    String description,
    @Json(name = "created_at") Instant createdAt) {

  /**
   * What kind of actor this is: {@link #type()} when present, otherwise {@link SenderType#CONTACT}
   * when contact-only fields are present (the contact webhook form has no {@code type}), else
   * null.
   *
   * @return the kind, or null when it cannot be told
   */
  public SenderType kind() {
    if (type != null) {
      return type;
    }
    if (identifier != null || phoneNumber != null || blocked != null || avatar != null
        || additionalAttributes != null || customAttributes != null || account != null) {
      return SenderType.CONTACT;
    }
    return null;
  }
}
