package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for {@code PATCH /api/v1/accounts/{account_id}/conversations/{conversation_id}}. Only the
 * fields set are sent. Immutable.
 */
public final class ConversationUpdateParams extends JsonParams {

  private ConversationUpdateParams(Builder b) {
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

  /** Builder for {@link ConversationUpdateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code priority}.
     *
     * @param priority the priority; null removes the field (use {@link #clearPriority()} to unset
     *     the conversation's priority)
     * @return this builder
     */
    public Builder priority(ConversationPriority priority) {
      return put("priority", priority == null ? null : priority.value());
    }

    /**
     * Sets {@code priority} to {@code none}, which removes the conversation's priority.
     *
     * @return this builder
     */
    public Builder clearPriority() {
      return put("priority", "none");
    }

    /**
     * Sets {@code sla_policy_id} (Enterprise edition only).
     *
     * @param slaPolicyId the SLA policy id; null removes the field
     * @return this builder
     */
    public Builder slaPolicyId(Long slaPolicyId) {
      return put("sla_policy_id", slaPolicyId);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ConversationUpdateParams build() {
      return new ConversationUpdateParams(this);
    }
  }
}
