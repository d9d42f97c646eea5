package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The full contact row the Client API renders on contact update and inside a conversation
 * ({@code public_contact_record}). Components may be null.
 *
 * @param id the contact id
 * @param name the name
 * @param email the e-mail address
 * @param phoneNumber the phone number
 * @param identifier the external identifier
 * @param blocked whether the contact is blocked
 * @param additionalAttributes additional attributes (open map)
 * @param customAttributes custom attributes (open map)
 * @param contactType the contact type ({@code visitor}, {@code lead}, {@code customer})
 * @param countryCode the country code
 * @param lastActivityAt the last activity time
 * @param createdAt the creation time
 * @param updatedAt the update time
 * @param lastName the last name
 * @param middleName the middle name
 * @param location the location
 * @param accountId the account id
 * @param companyId the company id, when the companies feature is on
 * @param labelList the contact's labels, never null
 */
public record PublicContactRecord(
    Long id,
    String name,
    String email,
    @Json(name = "phone_number") String phoneNumber,
    String identifier,
    Boolean blocked,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    @Json(name = "contact_type") String contactType,
    @Json(name = "country_code") String countryCode,
    @Json(name = "last_activity_at") Instant lastActivityAt,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "last_name") String lastName,
    @Json(name = "middle_name") String middleName,
    String location,
    @Json(name = "account_id") Long accountId,
    @Json(name = "company_id") Long companyId,
    @Json(name = "label_list") List<String> labelList) {

  /**
   * Normalises a missing label list to an empty one.
   *
   * @param id the contact id
   * @param name the name
   * @param email the e-mail address
   * @param phoneNumber the phone number
   * @param identifier the external identifier
   * @param blocked whether the contact is blocked
   * @param additionalAttributes additional attributes (open map)
   * @param customAttributes custom attributes (open map)
   * @param contactType the contact type
   * @param countryCode the country code
   * @param lastActivityAt the last activity time
   * @param createdAt the creation time
   * @param updatedAt the update time
   * @param lastName the last name
   * @param middleName the middle name
   * @param location the location
   * @param accountId the account id
   * @param companyId the company id
   * @param labelList the contact's labels, never null
   */
  public PublicContactRecord {
    labelList = JsonSupport.listOrEmpty(labelList);
  }
}
