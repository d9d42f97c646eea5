package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * What a saved custom filter applies to ({@code filter_type}). Values the SDK does not know yet are
 * kept, never rejected.
 */
public final class CustomFilterType extends OpenEnum {
  private static final OpenEnumRegistry<CustomFilterType> REGISTRY = new OpenEnumRegistry<>(CustomFilterType::new);

  /** A conversation filter (the server's default). */
  public static final CustomFilterType CONVERSATION = REGISTRY.known("conversation");

  /** A contact filter. */
  public static final CustomFilterType CONTACT = REGISTRY.known("contact");

  /** A report filter. */
  public static final CustomFilterType REPORT = REGISTRY.known("report");

  private CustomFilterType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value, or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static CustomFilterType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<CustomFilterType> known() {
    return REGISTRY.known();
  }
}
