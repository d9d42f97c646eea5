package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The status of a Chatwoot conversation. Values the SDK does not know yet are kept, never rejected.
 */
public final class ConversationStatus extends OpenEnum {
  private static final OpenEnumRegistry<ConversationStatus> REGISTRY = new OpenEnumRegistry<>(ConversationStatus::new);

  /** The conversation is open. */
  public static final ConversationStatus OPEN = REGISTRY.known("open");

  /** The conversation is resolved. */
  public static final ConversationStatus RESOLVED = REGISTRY.known("resolved");

  /** The conversation is pending. */
  public static final ConversationStatus PENDING = REGISTRY.known("pending");

  /** The conversation is snoozed. */
  public static final ConversationStatus SNOOZED = REGISTRY.known("snoozed");

  private ConversationStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ConversationStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ConversationStatus> known() {
    return REGISTRY.known();
  }
}
