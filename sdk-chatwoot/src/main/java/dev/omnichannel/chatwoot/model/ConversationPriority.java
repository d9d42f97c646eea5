package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The priority of a Chatwoot conversation (absent or null when unset). Values the SDK does not know yet are kept, never rejected.
 */
public final class ConversationPriority extends OpenEnum {
  private static final OpenEnumRegistry<ConversationPriority> REGISTRY = new OpenEnumRegistry<>(ConversationPriority::new);

  /** Priority {@code low}. */
  public static final ConversationPriority LOW = REGISTRY.known("low");

  /** Priority {@code medium}. */
  public static final ConversationPriority MEDIUM = REGISTRY.known("medium");

  /** Priority {@code high}. */
  public static final ConversationPriority HIGH = REGISTRY.known("high");

  /** Priority {@code urgent}. */
  public static final ConversationPriority URGENT = REGISTRY.known("urgent");

  private ConversationPriority(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ConversationPriority of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ConversationPriority> known() {
    return REGISTRY.known();
  }
}
