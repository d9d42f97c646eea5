package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields of a Client API contact create or update ({@code public_contact_create_update_payload}).
 * All optional. When the inbox enforces identity validation ({@code hmac_mandatory}), set
 * {@link Builder#identifier} together with {@link Builder#identifierHash} (see
 * {@code dev.omnichannel.chatwoot.IdentifierHash}); a missing or wrong hash makes Chatwoot answer
 * HTTP 500.
 */
public final class PublicContactParams extends JsonParams {

  private PublicContactParams(Builder b) {
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

  /** Builder for {@link PublicContactParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the contact's external identifier (your user id).
     *
     * @param identifier the identifier
     * @return this builder
     */
    public Builder identifier(String identifier) {
      return put("identifier", identifier);
    }

    /**
     * Sets the HMAC-SHA256 hex of {@link #identifier} keyed with the inbox {@code hmac_token}.
     *
     * @param identifierHash the hash
     * @return this builder
     */
    public Builder identifierHash(String identifierHash) {
      return put("identifier_hash", identifierHash);
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the address
     * @return this builder
     */
    public Builder email(String email) {
      return put("email", email);
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets the phone number (E.164).
     *
     * @param phoneNumber the number
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      return put("phone_number", phoneNumber);
    }

    /**
     * Sets an avatar image URL Chatwoot downloads ({@code avatar_url}; the spec's binary
     * {@code avatar} needs a form upload, which this SDK does not send).
     *
     * @param avatarUrl the image URL
     * @return this builder
     */
    public Builder avatarUrl(String avatarUrl) {
      return put("avatar_url", avatarUrl);
    }

    /**
     * Sets custom attributes (keys of contact custom attribute definitions).
     *
     * @param customAttributes the attributes
     * @return this builder
     */
    public Builder customAttributes(Map<String, ?> customAttributes) {
      return put("custom_attributes", customAttributes);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public PublicContactParams build() {
      return new PublicContactParams(this);
    }
  }
}
