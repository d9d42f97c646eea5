package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** The kind of a message's sender. Open: values Qontak adds later are kept as unknown values. */
public final class SenderType extends OpenEnum {
  private static final OpenEnumRegistry<SenderType> REGISTRY = new OpenEnumRegistry<>(SenderType::new);

  /** {@code Models::Contact}. */
  public static final SenderType CONTACT = REGISTRY.known("Models::Contact");

  /** {@code Models::User}. */
  public static final SenderType USER = REGISTRY.known("Models::User");

  /** {@code Models::SystemAccount}. */
  public static final SenderType SYSTEM_ACCOUNT = REGISTRY.known("Models::SystemAccount");

  private SenderType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static SenderType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<SenderType> known() {
    return REGISTRY.known();
  }
}
