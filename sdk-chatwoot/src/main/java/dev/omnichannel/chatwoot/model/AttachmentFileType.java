package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code file_type} of a Chatwoot attachment. Values the SDK does not know yet are kept, never rejected.
 */
public final class AttachmentFileType extends OpenEnum {
  private static final OpenEnumRegistry<AttachmentFileType> REGISTRY = new OpenEnumRegistry<>(AttachmentFileType::new);

  /** The {@code image} file type. */
  public static final AttachmentFileType IMAGE = REGISTRY.known("image");

  /** The {@code audio} file type. */
  public static final AttachmentFileType AUDIO = REGISTRY.known("audio");

  /** The {@code video} file type. */
  public static final AttachmentFileType VIDEO = REGISTRY.known("video");

  /** The {@code file} file type. */
  public static final AttachmentFileType FILE = REGISTRY.known("file");

  /** The {@code location} file type. */
  public static final AttachmentFileType LOCATION = REGISTRY.known("location");

  /** The {@code fallback} file type. */
  public static final AttachmentFileType FALLBACK = REGISTRY.known("fallback");

  /** The {@code share} file type. */
  public static final AttachmentFileType SHARE = REGISTRY.known("share");

  /** The {@code story_mention} file type. */
  public static final AttachmentFileType STORY_MENTION = REGISTRY.known("story_mention");

  /** The {@code contact} file type. */
  public static final AttachmentFileType CONTACT = REGISTRY.known("contact");

  /** The {@code ig_reel} file type. */
  public static final AttachmentFileType IG_REEL = REGISTRY.known("ig_reel");

  /** The {@code ig_post} file type. */
  public static final AttachmentFileType IG_POST = REGISTRY.known("ig_post");

  /** The {@code ig_story} file type. */
  public static final AttachmentFileType IG_STORY = REGISTRY.known("ig_story");

  /** The {@code embed} file type. */
  public static final AttachmentFileType EMBED = REGISTRY.known("embed");

  private AttachmentFileType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static AttachmentFileType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<AttachmentFileType> known() {
    return REGISTRY.known();
  }
}
