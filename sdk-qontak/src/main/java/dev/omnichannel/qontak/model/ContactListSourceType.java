package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * Where a contact list's contacts come from ({@code source_type}). Open: values Qontak adds later
 * are kept as unknown values.
 */
public final class ContactListSourceType extends OpenEnum {
  private static final OpenEnumRegistry<ContactListSourceType> REGISTRY =
      new OpenEnumRegistry<>(ContactListSourceType::new);

  /** {@code spreadsheet}: an uploaded CSV, XLS or XLSX file (the default). */
  public static final ContactListSourceType SPREADSHEET = REGISTRY.known("spreadsheet");

  /** {@code crm_dynamic}: a Qontak CRM source named by {@code source_id}. */
  public static final ContactListSourceType CRM_DYNAMIC = REGISTRY.known("crm_dynamic");

  private ContactListSourceType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static ContactListSourceType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<ContactListSourceType> known() {
    return REGISTRY.known();
  }
}
