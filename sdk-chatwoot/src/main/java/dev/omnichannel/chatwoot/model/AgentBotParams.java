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
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the bot's name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code description}: what the bot does.
     *
     * @param description the value; null removes it
     * @return this builder
     */
    public Builder description(String description) {
      return put("description", description);
    }

    /**
     * Sets {@code outgoing_url}: the webhook URL Chatwoot posts the bot's events to.
     *
     * @param outgoingUrl the value; null removes it
     * @return this builder
     */
    public Builder outgoingUrl(String outgoingUrl) {
      return put("outgoing_url", outgoingUrl);
    }

    /**
     * Sets {@code avatar_url}: URL of a JPEG or PNG image Chatwoot downloads as the avatar.
     * (Uploading the image itself, the spec's binary {@code avatar}, needs a multipart request
     * and is not offered here.)
     *
     * @param avatarUrl the value; null removes it
     * @return this builder
     */
    public Builder avatarUrl(String avatarUrl) {
      return put("avatar_url", avatarUrl);
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
