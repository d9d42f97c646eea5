package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A message's content type. Open: values Qontak adds later are kept as unknown values. */
public final class MessageType extends OpenEnum {
  private static final OpenEnumRegistry<MessageType> REGISTRY = new OpenEnumRegistry<>(MessageType::new);

  /** {@code text}. */
  public static final MessageType TEXT = REGISTRY.known("text");

  /** {@code image}. */
  public static final MessageType IMAGE = REGISTRY.known("image");

  /** {@code video}. */
  public static final MessageType VIDEO = REGISTRY.known("video");

  /** {@code audio}. */
  public static final MessageType AUDIO = REGISTRY.known("audio");

  /** {@code document}. */
  public static final MessageType DOCUMENT = REGISTRY.known("document");

  /** {@code contact}. */
  public static final MessageType CONTACT = REGISTRY.known("contact");

  /** {@code location}. */
  public static final MessageType LOCATION = REGISTRY.known("location");

  /** {@code system}. */
  public static final MessageType SYSTEM = REGISTRY.known("system");

  /** {@code story}. */
  public static final MessageType STORY = REGISTRY.known("story");

  /** {@code voice}. */
  public static final MessageType VOICE = REGISTRY.known("voice");

  /** {@code sticker}. */
  public static final MessageType STICKER = REGISTRY.known("sticker");

  /** {@code button}. */
  public static final MessageType BUTTON = REGISTRY.known("button");

  /** {@code interactive}. */
  public static final MessageType INTERACTIVE = REGISTRY.known("interactive");

  /** {@code template}. */
  public static final MessageType TEMPLATE = REGISTRY.known("template");

  private MessageType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static MessageType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<MessageType> known() {
    return REGISTRY.known();
  }
}
