package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for {@code PATCH /api/v1/accounts/{account_id}} (update the account; administrators only).
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class AccountUpdateParams extends JsonParams {

  private AccountUpdateParams(Builder b) {
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

  /** Builder for {@link AccountUpdateParams}. Not thread-safe. */
  public static final class Builder extends AccountParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code auto_resolve_after}: minutes of inactivity before conversations are resolved (10 to 1439856).
     *
     * @param autoResolveAfter the value; null removes it
     * @return this builder
     */
    public Builder autoResolveAfter(Integer autoResolveAfter) {
      return put("auto_resolve_after", autoResolveAfter);
    }

    /**
     * Sets {@code auto_resolve_message}: the message sent when auto-resolving.
     *
     * @param autoResolveMessage the value; null removes it
     * @return this builder
     */
    public Builder autoResolveMessage(String autoResolveMessage) {
      return put("auto_resolve_message", autoResolveMessage);
    }

    /**
     * Sets {@code auto_resolve_ignore_waiting}: whether conversations waiting for an agent are left alone.
     *
     * @param autoResolveIgnoreWaiting the value; null removes it
     * @return this builder
     */
    public Builder autoResolveIgnoreWaiting(Boolean autoResolveIgnoreWaiting) {
      return put("auto_resolve_ignore_waiting", autoResolveIgnoreWaiting);
    }

    /**
     * Sets {@code industry}: the industry.
     *
     * @param industry the value; null removes it
     * @return this builder
     */
    public Builder industry(String industry) {
      return put("industry", industry);
    }

    /**
     * Sets {@code company_size}: the company size, e.g. {@code 50-100}.
     *
     * @param companySize the value; null removes it
     * @return this builder
     */
    public Builder companySize(String companySize) {
      return put("company_size", companySize);
    }

    /**
     * Sets {@code timezone}: the account time zone, e.g. {@code UTC}.
     *
     * @param timezone the value; null removes it
     * @return this builder
     */
    public Builder timezone(String timezone) {
      return put("timezone", timezone);
    }

    /**
     * Builds the parameters.
     *
     * @return the AccountUpdateParams
     */
    public AccountUpdateParams build() {
      return new AccountUpdateParams(this);
    }

  }
}
