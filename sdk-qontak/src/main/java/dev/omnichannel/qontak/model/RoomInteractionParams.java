package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code PUT /room_interactions}: whether Qontak sends the {@code room_resolved} webhook,
 * and where. Other room events ({@code room_created}, agent responsibility) have settings keys but
 * no documented switch: {@link Builder#extra} sends such fields if Qontak accepts them.
 * {@code url} is required.
 */
public final class RoomInteractionParams extends JsonParams {

  private RoomInteractionParams(Builder b) {
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

  /** Builder for {@link RoomInteractionParams}. */
  public static final class Builder extends InteractionParamsBuilder<Builder, RoomInteractionParams> {
    private Builder() {
      super(RoomInteractionParams::new);
    }

    /**
     * Webhook when a room is resolved ({@code room_resolved}).
     *
     * @param enabled whether to send it
     * @return this builder
     */
    public Builder roomResolved(Boolean enabled) {
      return flag("room_resolved", enabled);
    }
  }
}
