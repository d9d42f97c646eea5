package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a canned response under {@code /api/v1/accounts/{account_id}/canned_responses}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class CannedResponseParams extends JsonParams {

  private CannedResponseParams(Builder b) {
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

  /** Builder for {@link CannedResponseParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code short_code}: the short code agents type to insert it.
     *
     * @param shortCode the value; null removes it
     * @return this builder
     */
    public Builder shortCode(String shortCode) {
      return put("short_code", shortCode);
    }

    /**
     * Sets {@code content}: the message content, may use {@code {{contact.name}}}-style variables.
     *
     * @param content the value; null removes it
     * @return this builder
     */
    public Builder content(String content) {
      return put("content", content);
    }

    /**
     * Builds the parameters.
     *
     * @return the CannedResponseParams
     */
    public CannedResponseParams build() {
      return new CannedResponseParams(this);
    }

  }
}
