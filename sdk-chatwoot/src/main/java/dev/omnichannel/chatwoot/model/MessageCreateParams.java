package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for a new message ({@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}).
 *
 * <p>Without attachments the fields are sent as a JSON object. With at least one
 * {@link Builder#attachment(MessageAttachmentFile) attachment} the request becomes a
 * {@code multipart/form-data} upload: every field is one text part (objects such as
 * {@code content_attributes} as a JSON string, which Chatwoot parses) followed by one
 * {@code attachments[]} file part per file. {@code content} is required unless files are attached.
 * Immutable.
 */
public final class MessageCreateParams extends JsonParams {

  private final List<MessageAttachmentFile> attachments;

  private MessageCreateParams(Builder b) {
    super(b);
    this.attachments = List.copyOf(b.attachments);
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
   * A plain outgoing text message.
   *
   * @param content the text
   * @return the parameters
   */
  public static MessageCreateParams text(String content) {
    return builder().content(content).build();
  }

  /**
   * The files to upload; when not empty the request is sent as multipart.
   *
   * @return an unmodifiable list, never null
   */
  public List<MessageAttachmentFile> attachments() {
    return attachments;
  }

  /** Shows the field names and the number of attachments only. */
  @Override
  public String toString() {
    return super.toString() + (attachments.isEmpty() ? "" : "+" + attachments.size() + " attachment(s)");
  }

  /** Builder for {@link MessageCreateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private final List<MessageAttachmentFile> attachments = new ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code content}: the message text. Required unless files are attached.
     *
     * @param content the text; null removes it
     * @return this builder
     */
    public Builder content(String content) {
      return put("content", content);
    }

    /**
     * Sets {@code message_type}: {@link MessageType#OUTGOING} (the default on the server) or
     * {@link MessageType#INCOMING} (as if the contact wrote it; API inboxes).
     *
     * @param messageType the type; null removes it
     * @return this builder
     */
    public Builder messageType(MessageType messageType) {
      return put("message_type", messageType == null ? null : messageType.value());
    }

    /**
     * Sets {@code private}: true for a private note that the contact never sees.
     *
     * @param isPrivate whether the message is a private note; null removes it
     * @return this builder
     */
    public Builder isPrivate(Boolean isPrivate) {
      return put("private", isPrivate);
    }

    /**
     * Sets {@code content_type}: {@code text} (default), {@code input_email},
     * {@code input_select}, {@code cards}, {@code form}, {@code article}, ...; the interactive
     * types need {@link #contentAttributes(Map)}.
     *
     * @param contentType the content type; null removes it
     * @return this builder
     */
    public Builder contentType(ContentType contentType) {
      return put("content_type", contentType == null ? null : contentType.value());
    }

    /**
     * Sets {@code content_attributes}: the data of interactive content types, e.g.
     * {@code {"items":[{"title":"Yes","value":"yes"}]}} for {@code input_select}, or
     * {@code {"in_reply_to": 12}} to reply to a message.
     *
     * @param contentAttributes the attributes; null removes them
     * @return this builder
     */
    public Builder contentAttributes(Map<String, ?> contentAttributes) {
      return put("content_attributes", contentAttributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(contentAttributes)));
    }

    /**
     * Sets {@code campaign_id}: the campaign the message belongs to.
     *
     * @param campaignId the campaign id; null removes it
     * @return this builder
     */
    public Builder campaignId(Long campaignId) {
      return put("campaign_id", campaignId);
    }

    /**
     * Sets {@code template_params}: a WhatsApp template to send.
     *
     * @param templateParams the template parameters; null removes them
     * @return this builder
     */
    public Builder templateParams(MessageTemplateParams templateParams) {
      return put("template_params", templateParams);
    }

    /**
     * Adds a file; the request is then sent as {@code multipart/form-data}.
     *
     * @param file the file
     * @return this builder
     */
    public Builder attachment(MessageAttachmentFile file) {
      attachments.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Adds files; the request is then sent as {@code multipart/form-data} when any are given.
     *
     * @param files the files
     * @return this builder
     */
    public Builder attachments(List<MessageAttachmentFile> files) {
      Objects.requireNonNull(files, "files").forEach(this::attachment);
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when neither content nor attachments are set
     */
    public MessageCreateParams build() {
      if (!has("content") && attachments.isEmpty()) {
        throw new IllegalArgumentException("content is required (unless attachments are sent)");
      }
      return new MessageCreateParams(this);
    }
  }
}
