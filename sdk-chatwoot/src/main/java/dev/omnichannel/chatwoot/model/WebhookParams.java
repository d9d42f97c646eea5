package dev.omnichannel.chatwoot.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a webhook under {@code /api/v1/accounts/{account_id}/webhooks}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class WebhookParams {

  private final Map<String, Object> fields;

  private WebhookParams(Builder b) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
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
   * The JSON body: the fields set, in order, nulls omitted.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> toJson() {
    return fields;
  }

  /** Shows the field names only (values may be personal data or secrets). */
  @Override
  public String toString() {
    return "WebhookParams" + fields.keySet();
  }

  /** Builder for {@link WebhookParams}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

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
     * Sets a field this class has no setter for (escape hatch for new or undocumented fields).
     *
     * @param key the JSON field name
     * @param value any value Moshi can serialise; null removes the field
     * @return this builder
     */
    public Builder extra(String key, Object value) {
      return put(Objects.requireNonNull(key, "key"), value);
    }

    private Builder put(String key, Object value) {
      if (value == null) {
        fields.remove(key);
      } else {
        fields.put(key, value);
      }
      return this;
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
