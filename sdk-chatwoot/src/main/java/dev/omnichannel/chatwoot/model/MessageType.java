package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The type of a Chatwoot message. Webhook message roots send it as a string, nested (push form) messages as an integer 0-3; both read to the same constant. Values the SDK does not know yet are kept, never rejected.
 */
public final class MessageType extends OpenEnum {
  private static final OpenEnumRegistry<MessageType> REGISTRY = new OpenEnumRegistry<>(MessageType::new);

  /** A message from the contact. */
  public static final MessageType INCOMING = REGISTRY.known("incoming", "0");

  /** A message from an agent or bot. */
  public static final MessageType OUTGOING = REGISTRY.known("outgoing", "1");

  /** A system activity message (never delivered in message webhooks). */
  public static final MessageType ACTIVITY = REGISTRY.known("activity", "2");

  /** A template message. */
  public static final MessageType TEMPLATE = REGISTRY.known("template", "3");

  private MessageType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static MessageType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<MessageType> known() {
    return REGISTRY.known();
  }
}
