package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.util.function.Function;

/**
 * The part shared by the webhook-switch builders ({@link MessageInteractionParams.Builder},
 * {@link RoomInteractionParams.Builder}, {@link WabaInteractionParams.Builder}): the required
 * {@code url} every enabled webhook is POSTed to, the on/off flags, and {@code build()} with its
 * required-url check.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <P> the parameters it builds
 */
abstract class InteractionParamsBuilder<B extends InteractionParamsBuilder<B, P>, P extends JsonParams>
    extends JsonParams.Builder<B> {

  private final Function<B, P> factory;
  private String url;

  /**
   * Creates an empty builder.
   *
   * @param factory makes the parameters from the finished builder
   */
  InteractionParamsBuilder(Function<B, P> factory) {
    this.factory = factory;
  }

  @Override
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

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
   * Builds the parameters.
   *
   * @return the parameters
   * @throws IllegalArgumentException when {@code url} is missing or blank
   */
  public P build() {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url is required");
    }
    return factory.apply(self());
  }
}
