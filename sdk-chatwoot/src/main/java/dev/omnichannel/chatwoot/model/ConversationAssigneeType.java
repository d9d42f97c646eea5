package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code assignee_type} filter of the conversation list. Values the SDK does not know yet are
 * kept, never rejected.
 */
public final class ConversationAssigneeType extends OpenEnum {
  private static final OpenEnumRegistry<ConversationAssigneeType> REGISTRY = new OpenEnumRegistry<>(ConversationAssigneeType::new);

  /** Conversations assigned to the token's user. */
  public static final ConversationAssigneeType ME = REGISTRY.known("me");

  /** Conversations assigned to no one. */
  public static final ConversationAssigneeType UNASSIGNED = REGISTRY.known("unassigned");

  /** Conversations assigned to anyone. */
  public static final ConversationAssigneeType ASSIGNED = REGISTRY.known("assigned");

  /** All conversations (the server's default). */
  public static final ConversationAssigneeType ALL = REGISTRY.known("all");

  private ConversationAssigneeType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ConversationAssigneeType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ConversationAssigneeType> known() {
    return REGISTRY.known();
  }
}
