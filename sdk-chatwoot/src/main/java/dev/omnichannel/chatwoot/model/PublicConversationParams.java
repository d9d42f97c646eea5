package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/** Fields of a Client API conversation create ({@code public_conversation_create_payload}). All optional. */
public final class PublicConversationParams extends JsonParams {

  private PublicConversationParams(Builder b) {
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

  /** Builder for {@link PublicConversationParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets custom attributes (keys of conversation custom attribute definitions).
     *
     * @param customAttributes the attributes
     * @return this builder
     */
    public Builder customAttributes(Map<String, ?> customAttributes) {
      return put("custom_attributes", customAttributes);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public PublicConversationParams build() {
      return new PublicConversationParams(this);
    }
  }
}
