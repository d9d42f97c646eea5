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
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the bot name.
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
     * Sets {@code account_id}: the account the bot belongs to; unset for a global bot.
     *
     * @param accountId the account id
     * @return this builder
     */
    public Builder accountId(long accountId) {
      return put("account_id", accountId);
    }

    /**
     * Sets {@code avatar_url}: a public URL of a JPEG or PNG image Chatwoot downloads as the avatar.
     *
     * @param avatarUrl the value; null removes it
     * @return this builder
     */
    public Builder avatarUrl(String avatarUrl) {
      return put("avatar_url", avatarUrl);
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
