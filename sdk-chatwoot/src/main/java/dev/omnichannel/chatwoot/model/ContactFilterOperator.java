package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code filter_operator} of a contact filter condition. The spec lists the first four; the
 * others are accepted by the server's filter service. Values the SDK does not know yet can be
 * passed with {@link #of(String)}.
 */
public final class ContactFilterOperator extends OpenEnum {
  private static final OpenEnumRegistry<ContactFilterOperator> REGISTRY =
      new OpenEnumRegistry<>(ContactFilterOperator::new);

  /** The attribute equals one of the values. */
  public static final ContactFilterOperator EQUAL_TO = REGISTRY.known("equal_to");

  /** The attribute equals none of the values. */
  public static final ContactFilterOperator NOT_EQUAL_TO = REGISTRY.known("not_equal_to");

  /** The attribute contains the value. */
  public static final ContactFilterOperator CONTAINS = REGISTRY.known("contains");

  /** The attribute does not contain the value. */
  public static final ContactFilterOperator DOES_NOT_CONTAIN = REGISTRY.known("does_not_contain");

  /** The attribute has a value (no values needed). */
  public static final ContactFilterOperator IS_PRESENT = REGISTRY.known("is_present");

  /** The attribute has no value (no values needed). */
  public static final ContactFilterOperator IS_NOT_PRESENT = REGISTRY.known("is_not_present");

  /** The attribute is greater than the value (numbers and dates). */
  public static final ContactFilterOperator IS_GREATER_THAN = REGISTRY.known("is_greater_than");

  /** The attribute is less than the value (numbers and dates). */
  public static final ContactFilterOperator IS_LESS_THAN = REGISTRY.known("is_less_than");

  /** The date attribute is more than the given number of days ago. */
  public static final ContactFilterOperator DAYS_BEFORE = REGISTRY.known("days_before");

  /** The attribute starts with the value. */
  public static final ContactFilterOperator STARTS_WITH = REGISTRY.known("starts_with");

  private ContactFilterOperator(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value, or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ContactFilterOperator of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ContactFilterOperator> known() {
    return REGISTRY.known();
  }
}
