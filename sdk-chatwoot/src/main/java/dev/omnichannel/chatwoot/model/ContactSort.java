package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code sort} of contact list and search: an attribute, ascending, or with a {@code -} prefix,
 * descending. Values the SDK does not know yet can be passed with {@link #of(String)}.
 */
public final class ContactSort extends OpenEnum {
  private static final OpenEnumRegistry<ContactSort> REGISTRY = new OpenEnumRegistry<>(ContactSort::new);

  /** By name, ascending. */
  public static final ContactSort NAME = REGISTRY.known("name");

  /** By name, descending. */
  public static final ContactSort NAME_DESC = REGISTRY.known("-name");

  /** By e-mail address, ascending. */
  public static final ContactSort EMAIL = REGISTRY.known("email");

  /** By e-mail address, descending. */
  public static final ContactSort EMAIL_DESC = REGISTRY.known("-email");

  /** By phone number, ascending. */
  public static final ContactSort PHONE_NUMBER = REGISTRY.known("phone_number");

  /** By phone number, descending. */
  public static final ContactSort PHONE_NUMBER_DESC = REGISTRY.known("-phone_number");

  /** By last activity, oldest first. */
  public static final ContactSort LAST_ACTIVITY_AT = REGISTRY.known("last_activity_at");

  /** By last activity, newest first. */
  public static final ContactSort LAST_ACTIVITY_AT_DESC = REGISTRY.known("-last_activity_at");

  private ContactSort(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value, or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ContactSort of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ContactSort> known() {
    return REGISTRY.known();
  }
}
