package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * Body of {@code PUT /waba_interactions}: whether Qontak sends the WhatsApp template-status
 * webhook ({@code status_template}, event {@code waba_interaction}), and where. Known only from
 * community integrations; not in Qontak's docs. {@code url} is required.
 */
public final class WabaInteractionParams extends JsonParams {

  private WabaInteractionParams(Builder b) {
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

  /** Builder for {@link WabaInteractionParams}. */
  public static final class Builder extends InteractionParamsBuilder<Builder, WabaInteractionParams> {
    private Builder() {
      super(WabaInteractionParams::new);
    }

    /**
     * Webhook when a WhatsApp template's approval status changes ({@code status_template}).
     *
     * @param enabled whether to send it
     * @return this builder
     */
    public Builder statusTemplate(Boolean enabled) {
      return flag("status_template", enabled);
    }
  }
}
