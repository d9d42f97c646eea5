package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code PUT /message_interactions}: which message webhooks Qontak sends, and the one URL
 * they all go to. Flags left unset are not sent (Qontak then keeps its current value, an
 * inference: send all flags to be sure). {@code url} is required.
 */
public final class MessageInteractionParams extends JsonParams {

  private MessageInteractionParams(Builder b) {
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

  /** Builder for {@link MessageInteractionParams}. */
  public static final class Builder extends InteractionParamsBuilder<Builder, MessageInteractionParams> {
    private Builder() {
      super(MessageInteractionParams::new);
    }

    /**
     * Webhook for messages agents send ({@code receive_message_from_agent}).
     *
     * @param enabled whether to send it
     * @return this builder
     */
    public Builder receiveMessageFromAgent(Boolean enabled) {
      return flag("receive_message_from_agent", enabled);
    }

    /**
     * Webhook for incoming customer messages ({@code receive_message_from_customer}).
     *
     * @param enabled whether to send it
     * @return this builder
     */
    public Builder receiveMessageFromCustomer(Boolean enabled) {
      return flag("receive_message_from_customer", enabled);
    }

    /**
     * Webhook for status changes of agent, bot and broadcast messages ({@code status_message}).
     *
     * @param enabled whether to send it
     * @return this builder
     */
    public Builder statusMessage(Boolean enabled) {
      return flag("status_message", enabled);
    }

    /**
     * Webhook for per-recipient broadcast log updates ({@code broadcast_log_status}; the field is
     * known from community code, the settings key from Qontak's examples).
     *
     * @param enabled whether to send it
     * @return this builder
     */
    public Builder broadcastLogStatus(Boolean enabled) {
      return flag("broadcast_log_status", enabled);
    }
  }
}
