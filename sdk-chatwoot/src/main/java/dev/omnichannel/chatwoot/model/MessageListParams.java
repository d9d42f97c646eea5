package dev.omnichannel.chatwoot.model;

/**
 * The message-id window of a message list ({@code before} / {@code after} query parameters).
 * Neither set: the latest 20 messages; {@code before}: the 20 messages older than that id;
 * {@code after}: up to 100 messages newer than that id; both: up to 1000 messages between them.
 * Immutable.
 */
public final class MessageListParams {

  private final Long before;
  private final Long after;

  private MessageListParams(Builder b) {
    this.before = b.before;
    this.after = b.after;
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
   * Messages older than this id.
   *
   * @param messageId the message id
   * @return the parameters
   */
  public static MessageListParams before(long messageId) {
    return builder().before(messageId).build();
  }

  /**
   * Messages newer than this id.
   *
   * @param messageId the message id
   * @return the parameters
   */
  public static MessageListParams after(long messageId) {
    return builder().after(messageId).build();
  }

  /**
   * The {@code before} message id.
   *
   * @return the id, or null when unset
   */
  public Long beforeId() {
    return before;
  }

  /**
   * The {@code after} message id.
   *
   * @return the id, or null when unset
   */
  public Long afterId() {
    return after;
  }

  /** Shows the window. */
  @Override
  public String toString() {
    return "MessageListParams[before=" + before + ", after=" + after + "]";
  }

  /** Builder for {@link MessageListParams}. Not thread-safe. */
  public static final class Builder {
    private Long before;
    private Long after;

    private Builder() {}

    /**
     * Sets {@code before}: only messages with a smaller id (20 per answer).
     *
     * @param before the message id; null removes it
     * @return this builder
     */
    public Builder before(Long before) {
      this.before = before;
      return this;
    }

    /**
     * Sets {@code after}: only messages with a larger id (up to 100 per answer).
     *
     * @param after the message id; null removes it
     * @return this builder
     */
    public Builder after(Long after) {
      this.after = after;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public MessageListParams build() {
      return new MessageListParams(this);
    }
  }
}
