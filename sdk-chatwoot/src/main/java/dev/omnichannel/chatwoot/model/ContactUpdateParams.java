package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for updating a contact ({@code PUT /api/v1/accounts/{account_id}/contacts/{id}}); only the
 * fields set are changed. Avatar upload as multipart is not supported; use {@link
 * Builder#avatarUrl(String)}. Immutable; {@code toString()} shows field names only.
 */
public final class ContactUpdateParams extends JsonParams {

  private ContactUpdateParams(Builder b) {
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

  /** Builder for {@link ContactUpdateParams}. Not thread-safe. */
  public static final class Builder extends ContactParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ContactUpdateParams build() {
      return new ContactUpdateParams(this);
    }
  }
}
