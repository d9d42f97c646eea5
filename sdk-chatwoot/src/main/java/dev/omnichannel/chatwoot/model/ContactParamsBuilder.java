package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * The contact fields shared by {@link ContactCreateParams.Builder} and {@link
 * ContactUpdateParams.Builder}: everything but the {@code inbox_id} a new contact needs.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ContactParamsBuilder<B extends ContactParamsBuilder<B>>
    extends JsonParams.Builder<B> {

  /** Creates an empty builder. */
  ContactParamsBuilder() {}

  /**
   * Sets {@code name}: the contact's name.
   *
   * @param name the value; null removes it
   * @return this builder
   */
  public B name(String name) {
    return put("name", name);
  }

  /**
   * Sets {@code email}: the contact's e-mail address.
   *
   * @param email the value; null removes it
   * @return this builder
   */
  public B email(String email) {
    return put("email", email);
  }

  /**
   * Sets {@code blocked}: whether the contact is blocked.
   *
   * @param blocked the value; null removes it
   * @return this builder
   */
  public B blocked(Boolean blocked) {
    return put("blocked", blocked);
  }

  /**
   * Sets {@code phone_number}: the phone number in E.164 form, e.g. {@code +5511999990000}.
   *
   * @param phoneNumber the value; null removes it
   * @return this builder
   */
  public B phoneNumber(String phoneNumber) {
    return put("phone_number", phoneNumber);
  }

  /**
   * Sets {@code avatar_url}: the URL of a JPEG or PNG the server downloads as the avatar.
   *
   * @param avatarUrl the value; null removes it
   * @return this builder
   */
  public B avatarUrl(String avatarUrl) {
    return put("avatar_url", avatarUrl);
  }

  /**
   * Sets {@code identifier}: the contact's unique id in your system.
   *
   * @param identifier the value; null removes it
   * @return this builder
   */
  public B identifier(String identifier) {
    return put("identifier", identifier);
  }

  /**
   * Sets {@code additional_attributes}: free-form attributes (company_name, city, country_code,
   * description, social_profiles, ...).
   *
   * @param additionalAttributes the value; null removes it
   * @return this builder
   */
  public B additionalAttributes(Map<String, ?> additionalAttributes) {
    return put("additional_attributes", additionalAttributes);
  }

  /**
   * Sets {@code custom_attributes}: values of the account's contact custom attribute
   * definitions, keyed by attribute key.
   *
   * @param customAttributes the value; null removes it
   * @return this builder
   */
  public B customAttributes(Map<String, ?> customAttributes) {
    return put("custom_attributes", customAttributes);
  }
}
