package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating ({@code POST /platform/api/v1/accounts}) or updating
 * ({@code PATCH /platform/api/v1/accounts/{account_id}}) an account (schema
 * {@code account_create_update_payload}). No field is required by the spec; the server needs a
 * {@code name} to create an account. Only the fields set are sent. Immutable.
 */
public final class PlatformAccountParams extends JsonParams {

  /** The {@code status} value of an account in use. */
  public static final String STATUS_ACTIVE = "active";
  /** The {@code status} value of a suspended account (its users get 401 "Account is suspended"). */
  public static final String STATUS_SUSPENDED = "suspended";

  private PlatformAccountParams(Builder b) {
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

  /** Builder for {@link PlatformAccountParams}. Not thread-safe. */
  public static final class Builder extends AccountParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code status}: {@link #STATUS_ACTIVE active} or {@link #STATUS_SUSPENDED suspended}.
     *
     * @param status the value; null removes it
     * @return this builder
     */
    public Builder status(String status) {
      return put("status", status);
    }

    /**
     * Sets {@code limits}: free-form limits, e.g. {@code {"agents": 10, "inboxes": 5}}.
     *
     * @param limits the value; null removes it
     * @return this builder
     */
    public Builder limits(Map<String, ?> limits) {
      return put("limits", limits);
    }

    /**
     * Sets {@code custom_attributes}: free-form custom attributes.
     *
     * @param customAttributes the value; null removes it
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
    public PlatformAccountParams build() {
      return new PlatformAccountParams(this);
    }
  }
}
