package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The delivery status of a Chatwoot message. Values the SDK does not know yet are kept, never rejected.
 */
public final class MessageStatus extends OpenEnum {
  private static final OpenEnumRegistry<MessageStatus> REGISTRY = new OpenEnumRegistry<>(MessageStatus::new);

  /** The message is sent. */
  public static final MessageStatus SENT = REGISTRY.known("sent");

  /** The message is delivered. */
  public static final MessageStatus DELIVERED = REGISTRY.known("delivered");

  /** The message is read. */
  public static final MessageStatus READ = REGISTRY.known("read");

  /** The message is failed. */
  public static final MessageStatus FAILED = REGISTRY.known("failed");

  private MessageStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static MessageStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<MessageStatus> known() {
    return REGISTRY.known();
  }
}
