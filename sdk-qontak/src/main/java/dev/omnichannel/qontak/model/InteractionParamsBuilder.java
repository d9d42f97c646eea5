package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;

/**
 * The part shared by the webhook-switch builders ({@link MessageInteractionParams.Builder},
 * {@link RoomInteractionParams.Builder}, {@link WabaInteractionParams.Builder}): the required
 * {@code url} every enabled webhook is POSTed to, and the on/off flags.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class InteractionParamsBuilder<B extends InteractionParamsBuilder<B>>
    extends JsonParams.Builder<B> {

  private String url;

  /** Creates an empty builder. */
  InteractionParamsBuilder() {}

  /**
   * The URL the enabled webhooks are POSTed to ({@code url}, required). Qontak signs nothing:
   * put a secret in the URL and check it on receipt.
   *
   * @param url an https URL
   * @return this builder
   */
  public B url(String url) {
    this.url = url;
    return put("url", url);
  }

  /**
   * Sets one webhook switch; null leaves it out (Qontak then keeps its current value).
   *
   * @param name the JSON field, e.g. {@code room_resolved}
   * @param enabled whether to send that webhook
   * @return this builder
   */
  final B flag(String name, Boolean enabled) {
    return put(name, enabled);
  }

  /**
   * Checks the required {@code url}; each {@code build()} calls it first.
   *
   * @throws IllegalArgumentException when {@code url} is missing or blank
   */
  final void requireUrl() {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url is required");
    }
  }
}
