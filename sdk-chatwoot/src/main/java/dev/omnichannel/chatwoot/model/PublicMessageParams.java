package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields of a Client API message create ({@code public_message_create_payload}). The message is
 * always incoming, sent by the contact. {@code content} is required.
 */
public final class PublicMessageParams extends JsonParams {

  private PublicMessageParams(Builder b) {
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

  /** Builder for {@link PublicMessageParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private String content;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the text. Required.
     *
     * @param content the text
     * @return this builder
     */
    public Builder content(String content) {
      this.content = content;
      return put("content", content);
    }

    /**
     * Sets a temporary id Chatwoot echoes back in the websocket event, to match the sent
     * message with its server copy.
     *
     * @param echoId the id
     * @return this builder
     */
    public Builder echoId(String echoId) {
      return put("echo_id", echoId);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code content} is missing or blank
     */
    public PublicMessageParams build() {
      if (content == null || content.isBlank()) {
        throw new IllegalArgumentException("content is required");
      }
      return new PublicMessageParams(this);
    }
  }
}
