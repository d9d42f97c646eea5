package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The event an automation rule runs on ({@code event_name}). Values the SDK does not know yet are
 * kept, never rejected.
 */
public final class AutomationRuleEvent extends OpenEnum {
  private static final OpenEnumRegistry<AutomationRuleEvent> REGISTRY = new OpenEnumRegistry<>(AutomationRuleEvent::new);

  /** A conversation was created. */
  public static final AutomationRuleEvent CONVERSATION_CREATED = REGISTRY.known("conversation_created");

  /** A conversation was updated. */
  public static final AutomationRuleEvent CONVERSATION_UPDATED = REGISTRY.known("conversation_updated");

  /** A conversation was opened (or reopened). */
  public static final AutomationRuleEvent CONVERSATION_OPENED = REGISTRY.known("conversation_opened");

  /** A conversation was resolved. */
  public static final AutomationRuleEvent CONVERSATION_RESOLVED = REGISTRY.known("conversation_resolved");

  /** A message was created. */
  public static final AutomationRuleEvent MESSAGE_CREATED = REGISTRY.known("message_created");

  private AutomationRuleEvent(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value, or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static AutomationRuleEvent of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<AutomationRuleEvent> known() {
    return REGISTRY.known();
  }
}
