package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** The format of a template header. Open: values Qontak or Meta add later are kept as unknown values. */
public final class TemplateHeaderFormat extends OpenEnum {
  private static final OpenEnumRegistry<TemplateHeaderFormat> REGISTRY = new OpenEnumRegistry<>(TemplateHeaderFormat::new);

  /** {@code TEXT}: a text header. */
  public static final TemplateHeaderFormat TEXT = REGISTRY.known("TEXT");

  /** {@code IMAGE}: an image header. */
  public static final TemplateHeaderFormat IMAGE = REGISTRY.known("IMAGE");

  /** {@code VIDEO}: a video header. */
  public static final TemplateHeaderFormat VIDEO = REGISTRY.known("VIDEO");

  /** {@code DOCUMENT}: a document (PDF) header. */
  public static final TemplateHeaderFormat DOCUMENT = REGISTRY.known("DOCUMENT");

  /** {@code LOCATION}: a location header (Meta; not seen in Qontak samples). */
  public static final TemplateHeaderFormat LOCATION = REGISTRY.known("LOCATION");

  private TemplateHeaderFormat(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static TemplateHeaderFormat of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<TemplateHeaderFormat> known() {
    return REGISTRY.known();
  }
}
