package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for {@code PATCH /api/v1/accounts/{account_id}/agents/{id}} (update an agent). The spec marks {@code role} required; the server accepts updates without it.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class AgentUpdateParams extends JsonParams {

  private AgentUpdateParams(Builder b) {
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

  /** Builder for {@link AgentUpdateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
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
     * @return the AgentUpdateParams
     */
    public AgentUpdateParams build() {
      return new AgentUpdateParams(this);
    }

  }
}
