package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for {@code PUT /api/v1/profile} (update the token owner's profile), sent wrapped as {@code {"profile": {...}}}. Changing the password needs {@code current_password}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class ProfileUpdateParams extends JsonParams {

  private ProfileUpdateParams(Builder b) {
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

  /**
   * The JSON body: {@code {"profile": {...}}} with the fields set, in order.
   *
   * @return an unmodifiable map with the single key {@code profile}
   */
  @Override
  public Map<String, Object> toJson() {
    return Map.of("profile", super.toJson());
  }

  /** Builder for {@link ProfileUpdateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the full name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code email}: the email.
     *
     * @param email the value; null removes it
     * @return this builder
     */
    public Builder email(String email) {
      return put("email", email);
    }

    /**
     * Sets {@code display_name}: the display name.
     *
     * @param displayName the value; null removes it
     * @return this builder
     */
    public Builder displayName(String displayName) {
      return put("display_name", displayName);
    }

    /**
     * Sets {@code message_signature}: the message signature.
     *
     * @param messageSignature the value; null removes it
     * @return this builder
     */
    public Builder messageSignature(String messageSignature) {
      return put("message_signature", messageSignature);
    }

    /**
     * Sets {@code phone_number}: the phone number.
     *
     * @param phoneNumber the value; null removes it
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      return put("phone_number", phoneNumber);
    }

    /**
     * Sets {@code current_password}: the current password (needed to change the password).
     *
     * @param currentPassword the value; null removes it
     * @return this builder
     */
    public Builder currentPassword(String currentPassword) {
      return put("current_password", currentPassword);
    }

    /**
     * Sets {@code password}: the new password.
     *
     * @param password the value; null removes it
     * @return this builder
     */
    public Builder password(String password) {
      return put("password", password);
    }

    /**
     * Sets {@code password_confirmation}: the new password again.
     *
     * @param passwordConfirmation the value; null removes it
     * @return this builder
     */
    public Builder passwordConfirmation(String passwordConfirmation) {
      return put("password_confirmation", passwordConfirmation);
    }

    /**
     * Sets {@code ui_settings}: dashboard UI settings.
     *
     * @param uiSettings the value; null removes it
     * @return this builder
     */
    public Builder uiSettings(Map<String, Object> uiSettings) {
      return put("ui_settings", uiSettings);
    }

    /**
     * Builds the parameters.
     *
     * @return the ProfileUpdateParams
     */
    public ProfileUpdateParams build() {
      return new ProfileUpdateParams(this);
    }

  }
}
