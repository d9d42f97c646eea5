package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating ({@code POST /platform/api/v1/users}) or updating
 * ({@code PATCH /platform/api/v1/users/{id}}) a user (schema {@code user_create_update_payload}).
 * No field is required by the spec; the server needs {@code name}, {@code email} and
 * {@code password} to create a user. On update, {@code custom_attributes} are merged into the
 * existing ones and an email change skips reconfirmation. Only the fields set are sent;
 * {@code toString()} shows field names only, so the password never appears. Immutable.
 */
public final class PlatformUserParams extends JsonParams {

  private PlatformUserParams(Builder b) {
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

  /** Builder for {@link PlatformUserParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the user's full name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code display_name}: the name shown to contacts.
     *
     * @param displayName the value; null removes it
     * @return this builder
     */
    public Builder displayName(String displayName) {
      return put("display_name", displayName);
    }

    /**
     * Sets {@code email}: the user's email (their login).
     *
     * @param email the value; null removes it
     * @return this builder
     */
    public Builder email(String email) {
      return put("email", email);
    }

    /**
     * Sets {@code password}: must contain upper- and lowercase letters, a number and a special
     * character. Never shown by {@code toString()}.
     *
     * @param password the value; null removes it
     * @return this builder
     */
    public Builder password(String password) {
      return put("password", password);
    }

    /**
     * Sets {@code custom_attributes}: free-form attributes (merged into existing ones on update).
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
     */
    public PlatformUserParams build() {
      return new PlatformUserParams(this);
    }
  }
}
