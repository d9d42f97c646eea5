package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The content type of a Chatwoot message. Values the SDK does not know yet are kept, never rejected.
 */
public final class ContentType extends OpenEnum {
  private static final OpenEnumRegistry<ContentType> REGISTRY = new OpenEnumRegistry<>(ContentType::new);

  /** The {@code text} content type. */
  public static final ContentType TEXT = REGISTRY.known("text");

  /** The {@code input_text} content type. */
  public static final ContentType INPUT_TEXT = REGISTRY.known("input_text");

  /** The {@code input_textarea} content type. */
  public static final ContentType INPUT_TEXTAREA = REGISTRY.known("input_textarea");

  /** The {@code input_email} content type. */
  public static final ContentType INPUT_EMAIL = REGISTRY.known("input_email");

  /** The {@code input_select} content type. */
  public static final ContentType INPUT_SELECT = REGISTRY.known("input_select");

  /** The {@code cards} content type. */
  public static final ContentType CARDS = REGISTRY.known("cards");

  /** The {@code form} content type. */
  public static final ContentType FORM = REGISTRY.known("form");

  /** The {@code article} content type. */
  public static final ContentType ARTICLE = REGISTRY.known("article");

  /** The {@code incoming_email} content type. */
  public static final ContentType INCOMING_EMAIL = REGISTRY.known("incoming_email");

  /** The {@code input_csat} content type. */
  public static final ContentType INPUT_CSAT = REGISTRY.known("input_csat");

  /** The {@code integrations} content type. */
  public static final ContentType INTEGRATIONS = REGISTRY.known("integrations");

  /** The {@code sticker} content type. */
  public static final ContentType STICKER = REGISTRY.known("sticker");

  /** The {@code voice_call} content type. */
  public static final ContentType VOICE_CALL = REGISTRY.known("voice_call");

  private ContentType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ContentType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ContentType> known() {
    return REGISTRY.known();
  }
}
