package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for {@code POST /api/v1/accounts/{account_id}/agents} (add an agent). {@code name}, {@code email} and {@code role} are required.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class AgentCreateParams extends JsonParams {

  private AgentCreateParams(Builder b) {
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

  /** Builder for {@link AgentCreateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the agent's full name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code email}: the agent's email.
     *
     * @param email the value; null removes it
     * @return this builder
     */
    public Builder email(String email) {
      return put("email", email);
    }

    /**
     * Sets {@code role}: {@code agent} or {@code administrator}.
     *
     * @param role the value; null removes it
     * @return this builder
     */
    public Builder role(String role) {
      return put("role", role);
    }

    /**
     * Sets {@code availability}: the configured availability: {@code online}, {@code busy} or {@code offline}.
     *
     * @param availability the value; null removes it
     * @return this builder
     */
    public Builder availability(String availability) {
      return put("availability", availability);
    }

    /**
     * Sets {@code auto_offline}: whether the agent goes offline automatically when away.
     *
     * @param autoOffline the value; null removes it
     * @return this builder
     */
    public Builder autoOffline(Boolean autoOffline) {
      return put("auto_offline", autoOffline);
    }

    /**
     * Builds the parameters.
     *
     * @return the AgentCreateParams
     * @throws IllegalArgumentException when {@code name}, {@code email}, {@code role} is missing or blank
     */
    public AgentCreateParams build() {
      AgentCreateParams params = new AgentCreateParams(this);
      requireText(params, "name");
      requireText(params, "email");
      requireText(params, "role");
      return params;
    }

    private static void requireText(AgentCreateParams params, String key) {
      Object v = params.get(key);
      if (v == null || v.toString().isBlank()) {
        throw new IllegalArgumentException(key + " is required");
      }
    }

  }
}
