package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One condition of a contact filter ({@code POST …/contacts/filter}): {@code attribute_key},
 * {@code filter_operator}, {@code values} and {@code query_operator} (how it joins the
 * <em>next</em> condition; leave it unset on the last one). Attribute keys are standard ones
 * ({@code name}, {@code email}, {@code phone_number}, {@code identifier}, {@code country_code},
 * {@code city}, {@code company}, {@code labels}, {@code created_at}, {@code last_activity_at},
 * {@code blocked}) or the key of a contact custom attribute. {@link Builder#extra(String, Object)}
 * sends fields this class does not know. Immutable; {@code toString()} shows field names only.
 */
public final class ContactFilterCondition extends JsonParams {

  /** The {@code query_operator} joining this condition and the next with AND. */
  public static final String AND = "AND";

  /** The {@code query_operator} joining this condition and the next with OR. */
  public static final String OR = "OR";

  private ContactFilterCondition(Builder b) {
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
   * A condition without a query operator (the last one, or the only one).
   *
   * @param attributeKey the attribute key
   * @param operator the operator
   * @param values the values (strings, numbers or booleans)
   * @return the condition
   */
  public static ContactFilterCondition of(
      String attributeKey, ContactFilterOperator operator, Object... values) {
    return builder().attributeKey(attributeKey).filterOperator(operator).values(values).build();
  }

  /** Builder for {@link ContactFilterCondition}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code attribute_key} (required): the attribute compared.
     *
     * @param attributeKey the value; null removes it
     * @return this builder
     */
    public Builder attributeKey(String attributeKey) {
      return put("attribute_key", attributeKey);
    }

    /**
     * Sets {@code filter_operator} (required): how the attribute is compared.
     *
     * @param filterOperator the value; null removes it
     * @return this builder
     */
    public Builder filterOperator(ContactFilterOperator filterOperator) {
      return put("filter_operator", filterOperator == null ? null : filterOperator.value());
    }

    /**
     * Sets {@code values}: the values compared with (empty for {@code is_present} /
     * {@code is_not_present}).
     *
     * @param values the values; null removes them
     * @return this builder
     */
    public Builder values(List<?> values) {
      return put("values", values == null ? null : List.copyOf(values));
    }

    /**
     * Sets {@code values}: the values compared with.
     *
     * @param values the values (strings, numbers or booleans)
     * @return this builder
     */
    public Builder values(Object... values) {
      return values(Arrays.asList(Objects.requireNonNull(values, "values")));
    }

    /**
     * Sets {@code query_operator}: how this condition joins the next one, {@link #AND} or
     * {@link #OR}; leave unset on the last condition.
     *
     * @param queryOperator the value; null removes it
     * @return this builder
     */
    public Builder queryOperator(String queryOperator) {
      return put("query_operator", queryOperator);
    }

    /**
     * Builds the condition.
     *
     * @return the condition
     * @throws IllegalArgumentException when {@code attributeKey} or {@code filterOperator} was
     *     not set
     */
    public ContactFilterCondition build() {
      if (!has("attribute_key")) {
        throw new IllegalArgumentException("attributeKey is required");
      }
      if (!has("filter_operator")) {
        throw new IllegalArgumentException("filterOperator is required");
      }
      return new ContactFilterCondition(this);
    }
  }
}
