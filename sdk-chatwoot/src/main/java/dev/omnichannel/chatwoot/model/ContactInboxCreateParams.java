package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for linking a contact to an inbox ({@code POST
 * /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes}); {@code inbox_id} is required.
 * Immutable; {@code toString()} shows field names only.
 */
public final class ContactInboxCreateParams extends JsonParams {

  private ContactInboxCreateParams(Builder b) {
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

  /** Builder for {@link ContactInboxCreateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code inbox_id} (required): the inbox to link the contact to.
     *
     * @param inboxId the inbox id
     * @return this builder
     */
    public Builder inboxId(long inboxId) {
      return put("inbox_id", inboxId);
    }

    /**
     * Sets {@code source_id}: the contact's id in the inbox (for an API inbox, your own id; the
     * server generates one when unset).
     *
     * @param sourceId the value; null removes it
     * @return this builder
     */
    public Builder sourceId(String sourceId) {
      return put("source_id", sourceId);
    }

    /**
     * Sets {@code hmac_verified}: marks the contact inbox's identity as verified (undocumented in
     * the spec; accepted by the server).
     *
     * @param hmacVerified the value; null removes it
     * @return this builder
     */
    public Builder hmacVerified(Boolean hmacVerified) {
      return put("hmac_verified", hmacVerified);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code inboxId} was not set
     */
    public ContactInboxCreateParams build() {
      if (!has("inbox_id")) {
        throw new IllegalArgumentException("inboxId is required");
      }
      return new ContactInboxCreateParams(this);
    }
  }
}
