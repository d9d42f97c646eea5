package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating a help-center article (schema {@code article_create_update_payload}). Only the fields set are sent.
 */
public final class HelpCenterArticleParams extends JsonParams {

  private HelpCenterArticleParams(Builder b) {
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

  /** Builder for {@link HelpCenterArticleParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code title}: the title.
     *
     * @param title the value; null removes it
     * @return this builder
     */
    public Builder title(String title) {
      return put("title", title);
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
     * Sets {@code position}: sort position in the category.
     *
     * @param position the value; null removes it
     * @return this builder
     */
    public Builder position(Integer position) {
      return put("position", position);
    }

    /**
     * Sets {@code content}: the body (Markdown).
     *
     * @param content the value; null removes it
     * @return this builder
     */
    public Builder content(String content) {
      return put("content", content);
    }

    /**
     * Sets {@code description}: the short description.
     *
     * @param description the value; null removes it
     * @return this builder
     */
    public Builder description(String description) {
      return put("description", description);
    }

    /**
     * Sets {@code category_id}: the category.
     *
     * @param categoryId the value; null removes it
     * @return this builder
     */
    public Builder categoryId(Long categoryId) {
      return put("category_id", categoryId);
    }

    /**
     * Sets {@code author_id}: the author agent.
     *
     * @param authorId the value; null removes it
     * @return this builder
     */
    public Builder authorId(Long authorId) {
      return put("author_id", authorId);
    }

    /**
     * Sets {@code associated_article_id}: the same article in another locale.
     *
     * @param associatedArticleId the value; null removes it
     * @return this builder
     */
    public Builder associatedArticleId(Long associatedArticleId) {
      return put("associated_article_id", associatedArticleId);
    }

    /**
     * Sets {@code status}: 0 draft, 1 published, 2 archived.
     *
     * @param status the value; null removes it
     * @return this builder
     */
    public Builder status(Integer status) {
      return put("status", status);
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
     * Sets {@code meta}: search metadata: {@code tags}, {@code title}, {@code description}.
     *
     * @param meta the value; null removes it
     * @return this builder
     */
    public Builder meta(Map<String, ?> meta) {
      return put("meta", meta);
    }

    /**
     * Builds the parameters (the spec marks no field required).
     *
     * @return the parameters
     */
    public HelpCenterArticleParams build() {
      return new HelpCenterArticleParams(this);
    }
  }
}
