package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for creating a contact ({@code POST /api/v1/accounts/{account_id}/contacts}); {@code
 * inbox_id} is required. Avatar upload as multipart is not supported; use {@link
 * Builder#avatarUrl(String)}. Immutable; {@code toString()} shows field names only.
 */
public final class ContactCreateParams extends JsonParams {

  private ContactCreateParams(Builder b) {
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

  /** Builder for {@link ContactCreateParams}. Not thread-safe. */
  public static final class Builder extends ContactParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code inbox_id} (required): the inbox the contact is created in; the answer holds the
     * contact's {@code source_id} in it.
     *
     * @param inboxId the inbox id
     * @return this builder
     */
    public Builder inboxId(long inboxId) {
      return put("inbox_id", inboxId);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code inboxId} was not set
     */
    public ContactCreateParams build() {
      if (!has("inbox_id")) {
        throw new IllegalArgumentException("inboxId is required");
      }
      return new ContactCreateParams(this);
    }
  }
}
