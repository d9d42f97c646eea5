package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for creating ({@code POST /platform/api/v1/agent_bots}) or updating
 * ({@code PATCH /platform/api/v1/agent_bots/{id}}) an agent bot (schema
 * {@code platform_agent_bot_create_update_payload}). No field is required by the spec. The avatar
 * is set by URL ({@link Builder#avatarUrl}); the spec's multipart {@code avatar} upload is not
 * offered. Only the fields set are sent. Immutable.
 */
public final class PlatformAgentBotParams extends JsonParams {

  private PlatformAgentBotParams(Builder b) {
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

  /** Builder for {@link PlatformAgentBotParams}. Not thread-safe. */
  public static final class Builder extends AgentBotParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code account_id}: the account the bot belongs to; unset for a global bot.
     *
     * @param accountId the account id
     * @return this builder
     */
    public Builder accountId(long accountId) {
      return put("account_id", accountId);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public PlatformAgentBotParams build() {
      return new PlatformAgentBotParams(this);
    }
  }
}
