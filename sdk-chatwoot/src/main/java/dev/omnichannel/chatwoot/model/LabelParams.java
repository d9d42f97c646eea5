package dev.omnichannel.chatwoot.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a label under {@code /api/v1/accounts/{account_id}/labels}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class LabelParams {

  private final Map<String, Object> fields;

  private LabelParams(Builder b) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JSON body: the fields set, in order, nulls omitted.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> toJson() {
    return fields;
  }

  /** Shows the field names only (values may be personal data or secrets). */
  @Override
  public String toString() {
    return "LabelParams" + fields.keySet();
  }

  /** Builder for {@link LabelParams}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

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
     * Sets a field this class has no setter for (escape hatch for new or undocumented fields).
     *
     * @param key the JSON field name
     * @param value any value Moshi can serialise; null removes the field
     * @return this builder
     */
    public Builder extra(String key, Object value) {
      return put(Objects.requireNonNull(key, "key"), value);
    }

    private Builder put(String key, Object value) {
      if (value == null) {
        fields.remove(key);
      } else {
        fields.put(key, value);
      }
      return this;
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
