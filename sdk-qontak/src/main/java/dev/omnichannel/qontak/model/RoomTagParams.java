package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code POST /rooms/{id}/tags} and {@code DELETE /rooms/{id}/tags}: {@code {"tag": ...}}
 * (the MAG spec's field for adding; Qontak's JS SDK types say {@code name}, set it with
 * {@code Builder.extra("name", ...)} if a deployment wants that). For removal the body is inferred: the spec
 * shows none.
 */
public final class RoomTagParams extends JsonParams {

  private RoomTagParams(Builder b) {
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
   * The body with just {@code tag}.
   *
   * @param tag the tag
   * @return the parameters
   */
  public static RoomTagParams of(String tag) {
    return builder().tag(tag).build();
  }

  /** Builder for {@link RoomTagParams}. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private String tag;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code tag}: the tag name. Required.
     *
     * @param tag the tag
     * @return this builder
     */
    public Builder tag(String tag) {
      this.tag = tag;
      return put("tag", tag);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code tag} is missing or blank
     */
    public RoomTagParams build() {
      if (tag == null || tag.isBlank()) {
        throw new IllegalArgumentException("tag is required");
      }
      return new RoomTagParams(this);
    }
  }
}
