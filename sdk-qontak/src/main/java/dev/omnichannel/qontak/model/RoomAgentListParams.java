package dev.omnichannel.qontak.model;

/**
 * Filters of {@code GET /rooms/{id}/agents/assignable}: the room filters, sorting, paging and
 * {@code is_online}.
 */
public final class RoomAgentListParams extends ListParams {

  private RoomAgentListParams(Builder b) {
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

  /** Builder for {@link RoomAgentListParams}. */
  public static final class Builder extends RoomListParams.Filters<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only agents who are (or are not) online ({@code is_online}).
     *
     * @param online true for online agents only
     * @return this builder
     */
    public Builder isOnline(Boolean online) {
      return set("is_online", online);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public RoomAgentListParams build() {
      return new RoomAgentListParams(this);
    }
  }
}
