package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/accounts/{account_id}/conversations/filter}: {@code payload}, a
 * list of conditions joined by their {@code query_operator}. Immutable.
 *
 * <pre>{@code
 * ConversationFilterParams.builder()
 *     .condition("status", "equal_to", List.of("pending"), "AND")
 *     .condition("browser_language", "not_equal_to", List.of("en"), null)
 *     .build();
 * }</pre>
 */
public final class ConversationFilterParams extends JsonParams {

  private ConversationFilterParams(Builder b) {
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

  /** Builder for {@link ConversationFilterParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private final List<Map<String, Object>> conditions = new ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Appends a condition to {@code payload}.
     *
     * @param attributeKey the attribute, e.g. {@code status}, {@code assignee_id},
     *     {@code browser_language}, {@code labels} or a custom attribute key
     * @param filterOperator e.g. {@code equal_to}, {@code not_equal_to}, {@code contains},
     *     {@code does_not_contain}, {@code is_present}, {@code is_greater_than}
     * @param values the values to compare with (strings or numbers)
     * @param queryOperator {@code AND} or {@code OR}, joining this condition to the next; null
     *     (not sent) on the last condition
     * @return this builder
     * @throws NullPointerException when attributeKey, filterOperator or values is null
     */
    public Builder condition(
        String attributeKey, String filterOperator, List<?> values, String queryOperator) {
      Map<String, Object> condition = new LinkedHashMap<>();
      condition.put("attribute_key", Objects.requireNonNull(attributeKey, "attributeKey"));
      condition.put("filter_operator", Objects.requireNonNull(filterOperator, "filterOperator"));
      condition.put("values", List.copyOf(Objects.requireNonNull(values, "values")));
      if (queryOperator != null) {
        condition.put("query_operator", queryOperator);
      }
      conditions.add(condition);
      return put("payload", List.copyOf(conditions));
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when no condition was added
     */
    public ConversationFilterParams build() {
      if (!has("payload")) {
        throw new IllegalArgumentException("at least one condition is required");
      }
      return new ConversationFilterParams(this);
    }
  }
}
