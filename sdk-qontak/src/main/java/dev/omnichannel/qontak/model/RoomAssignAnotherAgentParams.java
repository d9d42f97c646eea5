package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code PUT /rooms/agent_assign_another_agent}: {@code {"enabled": true|false}}, the organisation setting that lets agents assign rooms to other agents.
 */
public final class RoomAssignAnotherAgentParams extends JsonParams {

  private RoomAssignAnotherAgentParams(Builder b) {
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
   * The body with just {@code enabled}.
   *
   * @param enabled whether agents may assign other agents
   * @return the parameters
  
 */
  public static RoomAssignAnotherAgentParams of(Boolean enabled) {
    return builder().enabled(enabled).build();
  }

  /** Builder for {@link RoomAssignAnotherAgentParams}.
 */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code enabled}: whether agents may assign other agents. Required.
     *
     * @param enabled whether agents may assign other agents
     * @return this builder
    
 */
    public Builder enabled(Boolean enabled) {
      return put("enabled", enabled);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code enabled} is missing
    
 */
    public RoomAssignAnotherAgentParams build() {
      if (!has("enabled")) {
        throw new IllegalArgumentException("enabled is required");
      }
      return new RoomAssignAnotherAgentParams(this);
    }
  }
}
