package dev.omnichannel.qontak.model;

/**
 * Parameters of {@code GET /broadcasts/{id}/whatsapp/log}: the common list parameters (paging,
 * {@code query}, ordering); other filters go through {@link Builder#extra}.
 */
public final class BroadcastLogListParams extends ListParams {

  private BroadcastLogListParams(Builder b) {
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

  /** Builder for {@link BroadcastLogListParams}. */
  public static final class Builder extends ListParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public BroadcastLogListParams build() {
      return new BroadcastLogListParams(this);
    }
  }
}
