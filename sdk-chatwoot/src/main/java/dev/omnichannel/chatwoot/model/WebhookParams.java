package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.List;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a webhook under {@code /api/v1/accounts/{account_id}/webhooks}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class WebhookParams extends JsonParams {

  private WebhookParams(Builder b) {
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

  /** Builder for {@link WebhookParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code url}: the URL events are posted to.
     *
     * @param url the value; null removes it
     * @return this builder
     */
    public Builder url(String url) {
      return put("url", url);
    }

    /**
     * Sets {@code name}: the webhook name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code subscriptions}: the event names, e.g. {@code message_created}, {@code conversation_status_changed}.
     *
     * @param subscriptions the value; null removes it
     * @return this builder
     */
    public Builder subscriptions(List<String> subscriptions) {
      return put("subscriptions", subscriptions);
    }

    /**
     * Builds the parameters.
     *
     * @return the WebhookParams
     */
    public WebhookParams build() {
      return new WebhookParams(this);
    }

  }
}
