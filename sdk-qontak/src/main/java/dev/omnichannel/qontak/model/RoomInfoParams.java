package dev.omnichannel.qontak.model;

/**
 * Query of {@code GET /rooms/specific/info}: the counter to read ({@code target}, required), the
 * kind of rooms ({@code type}) and optionally the room filters.
 */
public final class RoomInfoParams extends ListParams {

  private RoomInfoParams(Builder b) {
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
   * Just the counter.
   *
   * @param target the counter
   * @return the parameters
   */
  public static RoomInfoParams of(RoomInfoTarget target) {
    return builder().target(target).build();
  }

  /** Builder for {@link RoomInfoParams}. */
  public static final class Builder extends RoomListParams.Filters<Builder> {
    private boolean targetSet;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The counter ({@code target}: unassigned, unread_count or unassigned_division). Required.
     *
     * @param target the counter
     * @return this builder
     */
    public Builder target(RoomInfoTarget target) {
      targetSet = target != null;
      return set("target", target == null ? null : target.value());
    }

    /**
     * The kind of rooms counted ({@code type}: customer_service, comment or review).
     *
     * @param type the kind
     * @return this builder
     */
    public Builder type(RoomInfoType type) {
      return set("type", type == null ? null : type.value());
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code target} is missing
     */
    public RoomInfoParams build() {
      if (!targetSet) {
        throw new IllegalArgumentException("target is required");
      }
      return new RoomInfoParams(this);
    }
  }
}
