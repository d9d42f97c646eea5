package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a custom filter (schema
 * {@code custom_filter_create_update_payload}). Only the fields set are sent.
 */
public final class CustomFilterParams extends JsonParams {

  private CustomFilterParams(Builder b) {
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

  /** Builder for {@link CustomFilterParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the filter name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets the filter's kind. Sent twice: as {@code type}, the field the spec documents, and as
     * {@code filter_type}, the field the server actually stores (it permits only
     * {@code filter_type}, so {@code type} alone is ignored and the filter would become a
     * conversation filter).
     *
     * @param type the value; null removes both fields
     * @return this builder
     */
    public Builder type(CustomFilterType type) {
      String value = type == null ? null : type.value();
      put("type", value);
      return put("filter_type", value);
    }

    /**
     * Sets {@code query}: the saved query, free-form; the dashboard stores
     * {@code {"payload":[{"attribute_key":"status","filter_operator":"equal_to","values":["open"],"query_operator":null}]}}.
     *
     * @param query the value; null removes it
     * @return this builder
     */
    public Builder query(Map<String, ?> query) {
      return put("query", query);
    }

    /**
     * Builds the parameters (the spec marks no field required).
     *
     * @return the parameters
     */
    public CustomFilterParams build() {
      return new CustomFilterParams(this);
    }
  }
}
