package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for {@code POST /platform/api/v1/accounts/{account_id}/account_users} (schema
 * {@code account_user_create_update_payload}): adds a user to an account, or changes the role of
 * a user already in it. {@code user_id} and {@code role} are required. Immutable.
 */
public final class PlatformAccountUserParams extends JsonParams {

  /** The {@code role} value of an account administrator. */
  public static final String ROLE_ADMINISTRATOR = "administrator";
  /** The {@code role} value of an agent. */
  public static final String ROLE_AGENT = "agent";

  private PlatformAccountUserParams(Builder b) {
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

  /** Builder for {@link PlatformAccountUserParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private String role;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code user_id}: the user to add. Required.
     *
     * @param userId the user id
     * @return this builder
     */
    public Builder userId(long userId) {
      return put("user_id", userId);
    }

    /**
     * Sets {@code role}: {@link #ROLE_ADMINISTRATOR administrator} or {@link #ROLE_AGENT agent}. Required.
     *
     * @param role the value; null removes it
     * @return this builder
     */
    public Builder role(String role) {
      this.role = role;
      return put("role", role);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code user_id} or {@code role} is missing, or the role is blank
     */
    public PlatformAccountUserParams build() {
      if (!has("user_id")) {
        throw new IllegalArgumentException("userId is required");
      }
      if (role == null || role.isBlank()) {
        throw new IllegalArgumentException("role is required");
      }
      return new PlatformAccountUserParams(this);
    }
  }
}
