package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating a contact ({@code POST /api/v1/accounts/{account_id}/contacts}); {@code
 * inbox_id} is required. Avatar upload as multipart is not supported; use {@link
 * Builder#avatarUrl(String)}. Immutable; {@code toString()} shows field names only.
 */
public final class ContactCreateParams extends JsonParams {

  private ContactCreateParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContactCreateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code inbox_id} (required): the inbox the contact is created in; the answer holds the
     * contact's {@code source_id} in it.
     *
     * @param inboxId the inbox id
     * @return this builder
     */
    public Builder inboxId(long inboxId) {
      return put("inbox_id", inboxId);
    }

    /**
     * Sets {@code name}: the contact's name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code email}: the contact's e-mail address.
     *
     * @param email the value; null removes it
     * @return this builder
     */
    public Builder email(String email) {
      return put("email", email);
    }

    /**
     * Sets {@code blocked}: whether the contact is blocked.
     *
     * @param blocked the value; null removes it
     * @return this builder
     */
    public Builder blocked(Boolean blocked) {
      return put("blocked", blocked);
    }

    /**
     * Sets {@code phone_number}: the phone number in E.164 form, e.g. {@code +5511999990000}.
     *
     * @param phoneNumber the value; null removes it
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      return put("phone_number", phoneNumber);
    }

    /**
     * Sets {@code avatar_url}: the URL of a JPEG or PNG the server downloads as the avatar.
     *
     * @param avatarUrl the value; null removes it
     * @return this builder
     */
    public Builder avatarUrl(String avatarUrl) {
      return put("avatar_url", avatarUrl);
    }

    /**
     * Sets {@code identifier}: the contact's unique id in your system.
     *
     * @param identifier the value; null removes it
     * @return this builder
     */
    public Builder identifier(String identifier) {
      return put("identifier", identifier);
    }

    /**
     * Sets {@code additional_attributes}: free-form attributes (company_name, city, country_code,
     * description, social_profiles, ...).
     *
     * @param additionalAttributes the value; null removes it
     * @return this builder
     */
    public Builder additionalAttributes(Map<String, ?> additionalAttributes) {
      return put("additional_attributes", additionalAttributes);
    }

    /**
     * Sets {@code custom_attributes}: values of the account's contact custom attribute
     * definitions, keyed by attribute key.
     *
     * @param customAttributes the value; null removes it
     * @return this builder
     */
    public Builder customAttributes(Map<String, ?> customAttributes) {
      return put("custom_attributes", customAttributes);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code inboxId} was not set
     */
    public ContactCreateParams build() {
      if (!has("inbox_id")) {
        throw new IllegalArgumentException("inboxId is required");
      }
      return new ContactCreateParams(this);
    }
  }
}
