package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * Where the asynchronous import of a contact list stands ({@code progress} of
 * {@code GET /contacts/contact_lists/{id}}). Open: values Qontak adds later are kept as unknown
 * values.
 */
public final class ContactListProgress extends OpenEnum {
  private static final OpenEnumRegistry<ContactListProgress> REGISTRY =
      new OpenEnumRegistry<>(ContactListProgress::new);

  /** {@code processing}: the file is still being imported. */
  public static final ContactListProgress PROCESSING = REGISTRY.known("processing");

  /** {@code success}: the import finished. */
  public static final ContactListProgress SUCCESS = REGISTRY.known("success");

  /** {@code failed}: the import failed (value inferred; no public sample shows a failed list). */
  public static final ContactListProgress FAILED = REGISTRY.known("failed");

  private ContactListProgress(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static ContactListProgress of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<ContactListProgress> known() {
    return REGISTRY.known();
  }
}
