package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Chatwoot contact: the root of {@code contact_created} / {@code contact_updated} webhooks,
 * {@code webwidget_triggered.contact}, and the Application API contact.
 *
 * @param id the contact id
 * @param name the name
 * @param email the e-mail address, may be null
 * @param phoneNumber the phone number, may be null
 * @param identifier the external identifier, may be null
 * @param blocked whether the contact is blocked
 * @param avatar the avatar URL, {@code ""} when none
 * @param thumbnail the thumbnail URL, {@code ""} when none
 * @param additionalAttributes additional attributes (open map: browser, referer, city, ...)
 * @param customAttributes custom attributes (open map)
 * @param account the account (webhook form)
 * @param type {@code contact} in the push form, null in the webhook form
 * @param companyId the company id, when the companies feature is on
 * @param availabilityStatus the availability status (API responses)
 * @param createdAt the creation time (API responses)
 * @param lastActivityAt the last activity time (API responses)
 * @param updatedAt the update time (API responses of newer servers)
 * @param contactInboxes the contact's inboxes with its {@code source_id} in each (Application API
 *     contact endpoints; empty elsewhere), never null
 */
public record Contact(
    Long id,
    String name,
    String email,
    @Json(name = "phone_number") String phoneNumber,
    String identifier,
    Boolean blocked,
    String avatar,
    String thumbnail,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    Account account,
    SenderType type,
    @Json(name = "company_id") Long companyId,
    @Json(name = "availability_status") String availabilityStatus,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "last_activity_at") Instant lastActivityAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "contact_inboxes") List<ContactableInbox> contactInboxes) {

  /**
   * Normalises an absent {@code contact_inboxes} list to an empty one.
   *
   * @param id the contact id
   * @param name the name
   * @param email the e-mail address, may be null
   * @param phoneNumber the phone number, may be null
   * @param identifier the external identifier, may be null
   * @param blocked whether the contact is blocked
   * @param avatar the avatar URL, {@code ""} when none
   * @param thumbnail the thumbnail URL, {@code ""} when none
   * @param additionalAttributes additional attributes (open map: browser, referer, city, ...)
   * @param customAttributes custom attributes (open map)
   * @param account the account (webhook form)
   * @param type {@code contact} in the push form, null in the webhook form
   * @param companyId the company id, when the companies feature is on
   * @param availabilityStatus the availability status (API responses)
   * @param createdAt the creation time (API responses)
   * @param lastActivityAt the last activity time (API responses)
   * @param updatedAt the update time (API responses of newer servers)
   * @param contactInboxes the contact's inboxes with its {@code source_id} in each (Application API
   *     contact endpoints; empty elsewhere), never null
   */
  public Contact {
    contactInboxes = JsonSupport.listOrEmpty(contactInboxes);
  }
}
