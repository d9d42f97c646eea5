package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A message's delivery status: created, sent, delivered, read, or failed (terminal). Open: values Qontak adds later are kept as unknown values. */
public final class MessageStatus extends OpenEnum {
  private static final OpenEnumRegistry<MessageStatus> REGISTRY = new OpenEnumRegistry<>(MessageStatus::new);

  /** {@code created}. */
  public static final MessageStatus CREATED = REGISTRY.known("created");

  /** {@code pending}. */
  public static final MessageStatus PENDING = REGISTRY.known("pending");

  /** {@code sent}. */
  public static final MessageStatus SENT = REGISTRY.known("sent");

  /** {@code delivered}. */
  public static final MessageStatus DELIVERED = REGISTRY.known("delivered");

  /** {@code read}. */
  public static final MessageStatus READ = REGISTRY.known("read");

  /** {@code failed}. */
  public static final MessageStatus FAILED = REGISTRY.known("failed");

  private MessageStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static MessageStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<MessageStatus> known() {
    return REGISTRY.known();
  }
}
