package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code type} field of a Chatwoot actor (message sender, assignee, typing user). The contact webhook form has no {@code type}; see {@link Sender#kind()}. Values the SDK does not know yet are kept, never rejected.
 */
public final class SenderType extends OpenEnum {
  private static final OpenEnumRegistry<SenderType> REGISTRY = new OpenEnumRegistry<>(SenderType::new);

  /** A contact (customer). */
  public static final SenderType CONTACT = REGISTRY.known("contact");

  /** An agent (user). */
  public static final SenderType USER = REGISTRY.known("user");

  /** An agent bot. */
  public static final SenderType AGENT_BOT = REGISTRY.known("agent_bot");

  /** A Captain AI assistant (Enterprise). */
  public static final SenderType CAPTAIN_ASSISTANT = REGISTRY.known("captain_assistant");

  private SenderType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static SenderType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<SenderType> known() {
    return REGISTRY.known();
  }
}
