package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for a new inbox ({@code POST /api/v1/accounts/{account_id}/inboxes}). The
 * {@link Builder#channel(InboxChannelParams) channel} (with its {@code type}) is required: the
 * server creates the channel row from it.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link JsonParams.Builder#extra(String, Object)} adds fields this class does not know yet
 * (e.g. {@code avatar_url}). Immutable.
 */
public final class InboxCreateParams extends JsonParams {

  private InboxCreateParams(Builder b) {
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

  /** Builder for {@link InboxCreateParams}. Not thread-safe. */
  public static final class Builder extends InboxParamsBuilder<Builder> {

    private boolean channelHasType;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code channel}: the channel to create, from one of the {@link InboxChannelParams}
     * factories ({@code webWidget}, {@code api}, {@code email}, {@code line}, {@code telegram},
     * {@code whatsapp}, {@code sms}, {@code ofType}). Required.
     *
     * @param channel the channel; null removes it
     * @return this builder
     */
    public Builder channel(InboxChannelParams channel) {
      channelHasType = channel != null && channel.get("type") != null;
      return put("channel", channel == null ? null : channel.toJson());
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when the channel or its type is missing
     */
    public InboxCreateParams build() {
      if (!has("channel")) {
        throw new IllegalArgumentException("channel is required");
      }
      if (!channelHasType) {
        throw new IllegalArgumentException("channel.type is required when creating an inbox");
      }
      return new InboxCreateParams(this);
    }
  }
}
