package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code POST /contact_block}: the room whose contact to block, and why. Immutable.
 */
public final class ContactBlockParams extends JsonParams {

  private ContactBlockParams(Builder b) {
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
   * Blocks the contact of a room, with a reason.
   *
   * @param roomId the room
   * @param reason why (shown to agents)
   * @return the parameters
   */
  public static ContactBlockParams of(String roomId, String reason) {
    return builder().roomId(roomId).reason(reason).build();
  }

  /** Builder for {@link ContactBlockParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private String roomId;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code room_id} (required): the room whose contact is blocked.
     *
     * @param roomId the room id
     * @return this builder
     */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return put("room_id", roomId);
    }

    /**
     * Sets {@code reason}: why the contact is blocked.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder reason(String reason) {
      return put("reason", reason);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code room_id} is missing or blank
     */
    public ContactBlockParams build() {
      if (roomId == null || roomId.isBlank()) {
        throw new IllegalArgumentException("roomId is required");
      }
      return new ContactBlockParams(this);
    }
  }
}
