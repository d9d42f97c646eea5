package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a label under {@code /api/v1/accounts/{account_id}/labels}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class LabelParams extends JsonParams {

  private LabelParams(Builder b) {
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

  /** Builder for {@link LabelParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code title}: the label title (letters, digits, {@code -} and {@code _}).
     *
     * @param title the value; null removes it
     * @return this builder
     */
    public Builder title(String title) {
      return put("title", title);
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
     * Sets {@code color}: hex colour, e.g. {@code #1f93ff}.
     *
     * @param color the value; null removes it
     * @return this builder
     */
    public Builder color(String color) {
      return put("color", color);
    }

    /**
     * Sets {@code show_on_sidebar}: whether the label is shown in the sidebar.
     *
     * @param showOnSidebar the value; null removes it
     * @return this builder
     */
    public Builder showOnSidebar(Boolean showOnSidebar) {
      return put("show_on_sidebar", showOnSidebar);
    }

    /**
     * Builds the parameters.
     *
     * @return the LabelParams
     */
    public LabelParams build() {
      return new LabelParams(this);
    }

  }
}
