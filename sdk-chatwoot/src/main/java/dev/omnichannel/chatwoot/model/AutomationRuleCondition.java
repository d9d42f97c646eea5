package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;
import java.util.Objects;

/**
 * One condition of an automation rule, e.g. {@code content contains "help"}. Used both in
 * requests and responses.
 *
 * @param attributeKey the attribute tested, e.g. {@code content}, {@code message_type},
 *     {@code status}, or a custom attribute key
 * @param filterOperator the operator, e.g. {@code equal_to}, {@code not_equal_to},
 *     {@code contains}, {@code does_not_contain}
 * @param values the values compared against (strings or numbers); never null
 * @param queryOperator how this condition joins the next one ({@code and} / {@code or}); null on
 *     the last condition
 * @param customAttributeType for custom attributes, which model they belong to (e.g.
 *     {@code conversation_attribute}); usually null
 */
public record AutomationRuleCondition(
    @Json(name = "attribute_key") String attributeKey,
    @Json(name = "filter_operator") String filterOperator,
    List<Object> values,
    @Json(name = "query_operator") String queryOperator,
    @Json(name = "custom_attribute_type") String customAttributeType) {

  /**
   * Normalises a missing value list to an empty one.
   *
   * @param attributeKey the attribute tested
   * @param filterOperator the operator
   * @param values the values, may be null
   * @param queryOperator the join operator, may be null
   * @param customAttributeType the custom attribute model, may be null
   */
  public AutomationRuleCondition {
    values = JsonSupport.listOrEmpty(values);
  }

  /**
   * A condition for a request.
   *
   * @param attributeKey the attribute tested; required
   * @param filterOperator the operator; required
   * @param queryOperator how it joins the next condition ({@code and} / {@code or}), or null for
   *     the last one
   * @param values the values compared against
   * @return the condition
   * @throws NullPointerException when attributeKey or filterOperator is null
   */
  public static AutomationRuleCondition of(
      String attributeKey, String filterOperator, String queryOperator, Object... values) {
    return new AutomationRuleCondition(
        Objects.requireNonNull(attributeKey, "attributeKey"),
        Objects.requireNonNull(filterOperator, "filterOperator"),
        List.of(values), queryOperator, null);
  }
}
