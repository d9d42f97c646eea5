package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code PUT /rooms/{id}/auto_resolve}: {@code {"is_dont_auto_resolve": true|false}}.
 */
public final class RoomAutoResolveParams extends JsonParams {

  private RoomAutoResolveParams(Builder b) {
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
   * The body with just {@code is_dont_auto_resolve}.
   *
   * @param dontAutoResolve true to switch auto-resolve off for the room
   * @return the parameters
  
 */
  public static RoomAutoResolveParams of(Boolean dontAutoResolve) {
    return builder().dontAutoResolve(dontAutoResolve).build();
  }

  /** Builder for {@link RoomAutoResolveParams}.
 */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code is_dont_auto_resolve}: true keeps the room from being resolved automatically. Required.
     *
     * @param dontAutoResolve true to switch auto-resolve off for the room
     * @return this builder
    
 */
    public Builder dontAutoResolve(Boolean dontAutoResolve) {
      return put("is_dont_auto_resolve", dontAutoResolve);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code is_dont_auto_resolve} is missing
    
 */
    public RoomAutoResolveParams build() {
      if (!has("is_dont_auto_resolve")) {
        throw new IllegalArgumentException("dontAutoResolve is required");
      }
      return new RoomAutoResolveParams(this);
    }
  }
}
