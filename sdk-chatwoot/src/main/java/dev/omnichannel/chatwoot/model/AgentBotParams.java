package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) an account agent bot under
 * {@code /api/v1/accounts/{account_id}/agent_bots} (schema {@code agent_bot_create_update_payload}).
 * Only the fields set are sent.
 */
public final class AgentBotParams extends JsonParams {

  private AgentBotParams(Builder b) {
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

  /** Builder for {@link AgentBotParams}. Not thread-safe. */
  public static final class Builder extends AgentBotParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code bot_type}: the bot type, {@code 0} for webhook (the only type today).
     *
     * @param botType the value; null removes it
     * @return this builder
     */
    public Builder botType(Integer botType) {
      return put("bot_type", botType);
    }

    /**
     * Sets {@code bot_config}: free-form bot configuration.
     *
     * @param botConfig the value; null removes it
     * @return this builder
     */
    public Builder botConfig(Map<String, ?> botConfig) {
      return put("bot_config", botConfig);
    }

    /**
     * Builds the parameters (the spec marks no field required).
     *
     * @return the parameters
     */
    public AgentBotParams build() {
      return new AgentBotParams(this);
    }
  }
}
