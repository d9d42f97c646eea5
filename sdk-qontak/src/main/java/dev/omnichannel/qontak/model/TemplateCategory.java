package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A WhatsApp template category. Meta's current categories are {@link #MARKETING}, {@link #UTILITY} and {@link #AUTHENTICATION}; the others are legacy categories that older templates (and {@code GET /templates/category}) still show. Open: values Qontak or Meta add later are kept as unknown values. */
public final class TemplateCategory extends OpenEnum {
  private static final OpenEnumRegistry<TemplateCategory> REGISTRY = new OpenEnumRegistry<>(TemplateCategory::new);

  /** {@code MARKETING}: promotions and offers. */
  public static final TemplateCategory MARKETING = REGISTRY.known("MARKETING");

  /** {@code UTILITY}: updates about a transaction or account. */
  public static final TemplateCategory UTILITY = REGISTRY.known("UTILITY");

  /** {@code AUTHENTICATION}: one-time passcodes. */
  public static final TemplateCategory AUTHENTICATION = REGISTRY.known("AUTHENTICATION");

  /** {@code ACCOUNT_UPDATE}: legacy. */
  public static final TemplateCategory ACCOUNT_UPDATE = REGISTRY.known("ACCOUNT_UPDATE");

  /** {@code PAYMENT_UPDATE}: legacy. */
  public static final TemplateCategory PAYMENT_UPDATE = REGISTRY.known("PAYMENT_UPDATE");

  /** {@code PERSONAL_FINANCE_UPDATE}: legacy. */
  public static final TemplateCategory PERSONAL_FINANCE_UPDATE = REGISTRY.known("PERSONAL_FINANCE_UPDATE");

  /** {@code SHIPPING_UPDATE}: legacy. */
  public static final TemplateCategory SHIPPING_UPDATE = REGISTRY.known("SHIPPING_UPDATE");

  /** {@code RESERVATION_UPDATE}: legacy. */
  public static final TemplateCategory RESERVATION_UPDATE = REGISTRY.known("RESERVATION_UPDATE");

  /** {@code ISSUE_RESOLUTION}: legacy. */
  public static final TemplateCategory ISSUE_RESOLUTION = REGISTRY.known("ISSUE_RESOLUTION");

  /** {@code APPOINTMENT_UPDATE}: legacy. */
  public static final TemplateCategory APPOINTMENT_UPDATE = REGISTRY.known("APPOINTMENT_UPDATE");

  /** {@code TRANSPORTATION_UPDATE}: legacy. */
  public static final TemplateCategory TRANSPORTATION_UPDATE = REGISTRY.known("TRANSPORTATION_UPDATE");

  /** {@code TICKET_UPDATE}: legacy. */
  public static final TemplateCategory TICKET_UPDATE = REGISTRY.known("TICKET_UPDATE");

  /** {@code ALERT_UPDATE}: legacy. */
  public static final TemplateCategory ALERT_UPDATE = REGISTRY.known("ALERT_UPDATE");

  /** {@code AUTO_REPLY}: legacy. */
  public static final TemplateCategory AUTO_REPLY = REGISTRY.known("AUTO_REPLY");

  private TemplateCategory(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static TemplateCategory of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<TemplateCategory> known() {
    return REGISTRY.known();
  }
}
