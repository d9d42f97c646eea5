package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** The type of a template component when creating a template. Open: values Qontak or Meta add later are kept as unknown values. */
public final class TemplateComponentType extends OpenEnum {
  private static final OpenEnumRegistry<TemplateComponentType> REGISTRY = new OpenEnumRegistry<>(TemplateComponentType::new);

  /** {@code HEADER}: optional header (text or media). */
  public static final TemplateComponentType HEADER = REGISTRY.known("HEADER");

  /** {@code BODY}: the required body text. */
  public static final TemplateComponentType BODY = REGISTRY.known("BODY");

  /** {@code FOOTER}: optional footer text. */
  public static final TemplateComponentType FOOTER = REGISTRY.known("FOOTER");

  /** {@code BUTTONS}: optional buttons. */
  public static final TemplateComponentType BUTTONS = REGISTRY.known("BUTTONS");

  private TemplateComponentType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static TemplateComponentType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<TemplateComponentType> known() {
    return REGISTRY.known();
  }
}
