package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** The type of a template button. Open: values Qontak or Meta add later are kept as unknown values. */
public final class TemplateButtonType extends OpenEnum {
  private static final OpenEnumRegistry<TemplateButtonType> REGISTRY = new OpenEnumRegistry<>(TemplateButtonType::new);

  /** {@code QUICK_REPLY}: a reply button. */
  public static final TemplateButtonType QUICK_REPLY = REGISTRY.known("QUICK_REPLY");

  /** {@code URL}: opens a URL (static, or with a {{1}} suffix variable). */
  public static final TemplateButtonType URL = REGISTRY.known("URL");

  /** {@code PHONE_NUMBER}: calls a number. */
  public static final TemplateButtonType PHONE_NUMBER = REGISTRY.known("PHONE_NUMBER");

  /** {@code OTP}: a one-time-passcode button of an authentication template (see {@code otp_type}). */
  public static final TemplateButtonType OTP = REGISTRY.known("OTP");

  /** {@code COPY_CODE}: copies a coupon code (Meta; marketing templates). */
  public static final TemplateButtonType COPY_CODE = REGISTRY.known("COPY_CODE");

  private TemplateButtonType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static TemplateButtonType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<TemplateButtonType> known() {
    return REGISTRY.known();
  }
}
