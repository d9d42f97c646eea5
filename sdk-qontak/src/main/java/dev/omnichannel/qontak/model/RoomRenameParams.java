package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code PUT /rooms/{id}} (rename): {@code {"name": ...}}.
 */
public final class RoomRenameParams extends JsonParams {

  private RoomRenameParams(Builder b) {
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
   * The body with just {@code name}.
   *
   * @param name the new name
   * @return the parameters
  
 */
  public static RoomRenameParams of(String name) {
    return builder().name(name).build();
  }

  /** Builder for {@link RoomRenameParams}.
 */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private String name;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the room's new name. Required.
     *
     * @param name the new name
     * @return this builder
    
 */
    public Builder name(String name) {
      this.name = name;
      return put("name", name);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code name} is missing or blank
    
 */
    public RoomRenameParams build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name is required");
      }
      return new RoomRenameParams(this);
    }
  }
}
