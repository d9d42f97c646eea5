package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A WhatsApp template's approval status (Meta's review state as Qontak reports it). Open: values Qontak or Meta add later are kept as unknown values. */
public final class TemplateStatus extends OpenEnum {
  private static final OpenEnumRegistry<TemplateStatus> REGISTRY = new OpenEnumRegistry<>(TemplateStatus::new);

  /** {@code APPROVED}: approved; the template can be sent. */
  public static final TemplateStatus APPROVED = REGISTRY.known("APPROVED");

  /** {@code IN_APPEAL}: a rejection is being appealed. */
  public static final TemplateStatus IN_APPEAL = REGISTRY.known("IN_APPEAL");

  /** {@code PENDING}: submitted, waiting for Meta's review (what a create returns). */
  public static final TemplateStatus PENDING = REGISTRY.known("PENDING");

  /** {@code REJECTED}: rejected by Meta. */
  public static final TemplateStatus REJECTED = REGISTRY.known("REJECTED");

  /** {@code PENDING_DELETION}: deletion requested. */
  public static final TemplateStatus PENDING_DELETION = REGISTRY.known("PENDING_DELETION");

  /** {@code DELETED}: deleted. */
  public static final TemplateStatus DELETED = REGISTRY.known("DELETED");

  /** {@code DISABLED}: disabled by Meta (for example for low quality). */
  public static final TemplateStatus DISABLED = REGISTRY.known("DISABLED");

  private TemplateStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static TemplateStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<TemplateStatus> known() {
    return REGISTRY.known();
  }
}
