package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.time.Instant;
import java.util.Set;

/**
 * A message to send into a room ({@code POST /messages/whatsapp/bot} or
 * {@code POST /messages/whatsapp}): {@code room_id}, {@code type}, {@code text} and, for media
 * types, the {@code file}.
 *
 * <p>Without media the fields go as a JSON body (as Qontak's own example does); with media they
 * go as {@code multipart/form-data} text parts followed by the {@code file} part. Validation in
 * {@link Builder#build()}: {@code room_id} and {@code type} are required, {@code text} is
 * required for {@code text} messages, and media ({@link MessageMedia}) is required for
 * {@code image}, {@code video}, {@code audio}, {@code document} and {@code voice}.
 * {@code toString()} shows field names only.
 */
public final class MessageSendParams extends JsonParams {

  /** The types that need media: image, video, audio, document, voice. */
  public static final Set<MessageType> MEDIA_TYPES = Set.of(
      MessageType.IMAGE, MessageType.VIDEO, MessageType.AUDIO, MessageType.DOCUMENT, MessageType.VOICE);

  private final MessageMedia media;

  private MessageSendParams(Builder b) {
    super(b);
    this.media = b.media;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A text message.
   *
   * @param roomId the room
   * @param text the text
   * @return the parameters
   * @throws IllegalArgumentException when a value is missing
   */
  public static MessageSendParams text(String roomId, String text) {
    return builder().roomId(roomId).type(MessageType.TEXT).text(text).build();
  }

  /**
   * A media message.
   *
   * @param roomId the room
   * @param type image, video, audio, document or voice
   * @param media the file or its URL
   * @return the parameters
   * @throws IllegalArgumentException when a value is missing
   */
  public static MessageSendParams media(String roomId, MessageType type, MessageMedia media) {
    return builder().roomId(roomId).type(type).media(media).build();
  }

  /**
   * The media to send as the {@code file} part.
   *
   * @return the media, or null for a JSON message
   */
  public MessageMedia media() {
    return media;
  }

  /**
   * Whether the message goes as {@code multipart/form-data} (it has media).
   *
   * @return true with media
   */
  public boolean isMultipart() {
    return media != null;
  }

  /** Builder for {@link MessageSendParams}. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private MessageMedia media;
    private String roomId;
    private MessageType type;
    private String text;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The room to send into ({@code room_id}, required).
     *
     * @param roomId the room id
     * @return this builder
     */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return put("room_id", roomId);
    }

    /**
     * The content type ({@code type}, required): text, image, video, audio, document, contact,
     * location, system; community code also uses story and voice.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(MessageType type) {
      this.type = type;
      return put("type", type == null ? null : type.value());
    }

    /**
     * The text ({@code text}; required for {@code text}, a caption for media).
     *
     * @param text the text
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return put("text", text);
    }

    /**
     * The media, sent as the {@code file} part; makes the request {@code multipart/form-data}.
     * File bytes ({@link MessageMedia#of}) are the documented, binary {@code file}; a hosted URL
     * ({@link MessageMedia#url}) is sent as the text value of {@code file}, which is unverified.
     *
     * @param media the media, or null for none
     * @return this builder
     */
    public Builder media(MessageMedia media) {
      this.media = media;
      return this;
    }

    /**
     * The sender's own id for the message ({@code local_id}); agent sends only, known only from
     * community integrations.
     *
     * @param localId the id
     * @return this builder
     */
    public Builder localId(String localId) {
      return put("local_id", localId);
    }

    /**
     * The message time ({@code created_at}, ISO-8601); agent sends only, known only from
     * community integrations.
     *
     * @param createdAt the time
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      return put("created_at", createdAt == null ? null : createdAt.toString());
    }

    /**
     * Validates and builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code room_id} or {@code type} is missing, a text
     *     message has no text, or a media message has no media
     */
    public MessageSendParams build() {
      if (roomId == null || roomId.isBlank()) {
        throw new IllegalArgumentException("room_id is required");
      }
      if (type == null) {
        throw new IllegalArgumentException("type is required");
      }
      if (type.equals(MessageType.TEXT) && (text == null || text.isBlank())) {
        throw new IllegalArgumentException("text is required for a text message");
      }
      if (MEDIA_TYPES.contains(type) && media == null) {
        throw new IllegalArgumentException("a file or URL (media) is required for a " + type.value() + " message");
      }
      return new MessageSendParams(this);
    }
  }
}
