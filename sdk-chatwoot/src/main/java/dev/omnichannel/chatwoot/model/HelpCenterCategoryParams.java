package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for creating a help-center category (schema {@code category_create_update_payload}). Only the fields set are sent.
 */
public final class HelpCenterCategoryParams extends JsonParams {

  private HelpCenterCategoryParams(Builder b) {
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

  /** Builder for {@link HelpCenterCategoryParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the category name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code description}: the description.
     *
     * @param description the value; null removes it
     * @return this builder
     */
    public Builder description(String description) {
      return put("description", description);
    }

    /**
     * Sets {@code position}: sort position in the portal.
     *
     * @param position the value; null removes it
     * @return this builder
     */
    public Builder position(Integer position) {
      return put("position", position);
    }

    /**
     * Sets {@code slug}: the URL slug.
     *
     * @param slug the value; null removes it
     * @return this builder
     */
    public Builder slug(String slug) {
      return put("slug", slug);
    }

    /**
     * Sets {@code locale}: the locale, e.g. {@code en}.
     *
     * @param locale the value; null removes it
     * @return this builder
     */
    public Builder locale(String locale) {
      return put("locale", locale);
    }

    /**
     * Sets {@code icon}: an emoji icon.
     *
     * @param icon the value; null removes it
     * @return this builder
     */
    public Builder icon(String icon) {
      return put("icon", icon);
    }

    /**
     * Sets {@code parent_category_id}: the parent category.
     *
     * @param parentCategoryId the value; null removes it
     * @return this builder
     */
    public Builder parentCategoryId(Long parentCategoryId) {
      return put("parent_category_id", parentCategoryId);
    }

    /**
     * Sets {@code associated_category_id}: the same category in another locale.
     *
     * @param associatedCategoryId the value; null removes it
     * @return this builder
     */
    public Builder associatedCategoryId(Long associatedCategoryId) {
      return put("associated_category_id", associatedCategoryId);
    }

    /**
     * Builds the parameters (the spec marks no field required).
     *
     * @return the parameters
     */
    public HelpCenterCategoryParams build() {
      return new HelpCenterCategoryParams(this);
    }
  }
}
