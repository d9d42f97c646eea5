package dev.omnichannel.qontak.model;


/** Filters of {@code GET /integrations}: the channel, whether to include inactive ones, paging. */
public final class IntegrationListParams extends ListParams {

  private IntegrationListParams(Builder b) {
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

  /**
   * Only integrations of one channel, e.g. {@code Channel.WA}.
   *
   * @param channel the channel
   * @return the parameters
   */
  public static IntegrationListParams targetChannel(Channel channel) {
    return builder().targetChannel(channel).build();
  }

  /** Builder for {@link IntegrationListParams}. */
  public static final class Builder extends ListParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only this channel ({@code target_channel}).
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder targetChannel(Channel channel) {
      return set("target_channel", channel == null ? null : channel.value());
    }

    /**
     * Include every integration ({@code all}).
     *
     * @param all whether to include all
     * @return this builder
     */
    public Builder all(Boolean all) {
      return set("all", all);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public IntegrationListParams build() {
      return new IntegrationListParams(this);
    }
  }
}
