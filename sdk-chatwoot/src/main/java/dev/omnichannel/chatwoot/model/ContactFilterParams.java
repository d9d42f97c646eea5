package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a contact filter ({@code POST …/contacts/filter}): {@code {"payload": [conditions]}}
 * in the order added. At least one condition is required. {@link Builder#rawCondition(Map)} adds a
 * condition as a plain map (escape hatch), {@link Builder#extra(String, Object)} a top-level field.
 * Immutable; {@code toString()} shows field names only.
 */
public final class ContactFilterParams extends JsonParams {

  private ContactFilterParams(Builder b) {
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

  /**
   * Parameters with these conditions.
   *
   * @param conditions the conditions, in order; at least one
   * @return the parameters
   * @throws IllegalArgumentException when no condition is given
   */
  public static ContactFilterParams of(ContactFilterCondition... conditions) {
    Builder b = builder();
    for (ContactFilterCondition c : conditions) {
      b.condition(c);
    }
    return b.build();
  }

  /** Builder for {@link ContactFilterParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private final List<Map<String, Object>> conditions = new ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Adds a condition to {@code payload}.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder condition(ContactFilterCondition condition) {
      conditions.add(Objects.requireNonNull(condition, "condition").toJson());
      return this;
    }

    /**
     * Adds a condition given as a plain JSON object (escape hatch for shapes this SDK does not
     * model).
     *
     * @param condition the condition's fields
     * @return this builder
     */
    public Builder rawCondition(Map<String, ?> condition) {
      conditions.add(new LinkedHashMap<>(Objects.requireNonNull(condition, "condition")));
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when no condition was added
     */
    public ContactFilterParams build() {
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("at least one condition is required");
      }
      put("payload", List.copyOf(conditions));
      return new ContactFilterParams(this);
    }
  }
}
