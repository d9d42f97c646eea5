package dev.omnichannel.qontak;

import com.squareup.moshi.JsonAdapter;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.qontak.model.FileUpload;
import dev.omnichannel.qontak.model.InteractiveMessageParams;
import dev.omnichannel.qontak.model.Message;
import dev.omnichannel.qontak.model.MessageMedia;
import dev.omnichannel.qontak.model.MessageSendParams;
import dev.omnichannel.qontak.model.MessageType;
import dev.omnichannel.qontak.model.QontakJson;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MultipartBody;

/**
 * Messages inside a room's WhatsApp session window: as the bot, as an agent, interactive buttons
 * and lists, and an approved template into an existing room. Every send answers 201 with the
 * created {@link Message}, including a snapshot of its room.
 *
 * <p>Media: pass the file's bytes ({@link MessageMedia#of}); they are sent as the binary
 * {@code file} part of a {@code multipart/form-data} body, which is what Qontak's API reference
 * (row 24) defines. {@link #sendMedia} does exactly that in one call.
 *
 * <p>Sending a hosted file by URL ({@link MessageMedia#url}, e.g. the {@link FileUpload#url()}
 * of {@code POST /file_uploader}) is an explicit, <b>unverified</b> option: Qontak documents
 * only the binary {@code file} field and no source shows a URL accepted there. This SDK then
 * sends the URL as the text value of that {@code file} field (inferred, not verified against a
 * live account). If your account rejects it, send the bytes instead; the media parameters'
 * {@code extra(name, value)} adds any other form field.
 */
public final class MessageService {

  private final ServiceContext ctx;

  MessageService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public MessageService withRequestOptions(RequestOptions options) {
    return new MessageService(ctx.with(options));
  }

  /**
   * Sends a message as the bot ({@code POST /messages/whatsapp/bot}; the OAuth mode needs a bot
   * token). Text goes as JSON, media as {@code multipart/form-data} with a {@code file} part.
   *
   * @param params room, type, text and media
   * @return the created message with its room
   * @throws ApiException when Qontak answers with an error (422 for a closed session window or
   *     invalid fields)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Message sendAsBot(MessageSendParams params) {
    return ctx.execute(sendRequest("/messages/whatsapp/bot", params));
  }

  /**
   * Async {@link #sendAsBot}.
   *
   * @param params room, type, text and media
   * @return the created message
   */
  public CompletableFuture<Message> sendAsBotAsync(MessageSendParams params) {
    return ctx.executeAsync(sendRequest("/messages/whatsapp/bot", params));
  }

  /**
   * Sends a message as the authenticated agent ({@code POST /messages/whatsapp}); same fields as
   * {@link #sendAsBot} plus optional {@code local_id} and {@code created_at}. Known only from
   * community integrations; not in Qontak's docs.
   *
   * @param params room, type, text, media, local id, time
   * @return the created message with its room
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Message sendAsAgent(MessageSendParams params) {
    return ctx.execute(sendRequest("/messages/whatsapp", params));
  }

  /**
   * Async {@link #sendAsAgent}.
   *
   * @param params room, type, text, media, local id, time
   * @return the created message
   */
  public CompletableFuture<Message> sendAsAgentAsync(MessageSendParams params) {
    return ctx.executeAsync(sendRequest("/messages/whatsapp", params));
  }

  private ApiRequest<Message> sendRequest(String path, MessageSendParams params) {
    Objects.requireNonNull(params, "params");
    ApiRequest.Builder<Message> b = ctx.<Message>request("POST", path)
        .decoder(ServiceContext.data(Message.class));
    if (params.isMultipart()) {
      b.body(multipart(params.toJson(), params.media()));
    } else {
      b.jsonBody(params.toJson());
    }
    return b.build();
  }

  /** The form-data body: one text part per field (objects as JSON), then the {@code file} part. */
  static MultipartBody multipart(Map<String, Object> fields, MessageMedia media) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
    JsonAdapter<Object> json = QontakJson.moshi().adapter(Object.class);
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      Object value = field.getValue();
      form.addFormDataPart(field.getKey(),
          value instanceof String || value instanceof Number || value instanceof Boolean
              ? value.toString() : json.toJson(value));
    }
    if (media != null) {
      if (media.isUrl()) {
        form.addFormDataPart("file", media.url());
      } else {
        form.addFormDataPart("file", media.filename(), FileService.fileBody(media));
      }
    }
    return form.build();
  }

  /**
   * Sends a file as the bot ({@code POST /messages/whatsapp/bot}): its bytes go as the binary
   * {@code file} part of a {@code multipart/form-data} body, with {@code room_id}, {@code type}
   * and the caption as {@code text}. One request, no upload to {@code /file_uploader} first.
   * Shorthand for {@link #sendAsBot} with {@link MessageSendParams#media}.
   *
   * @param roomId the room
   * @param type image, video, audio, document or voice
   * @param file the file bytes with name and media type ({@link MessageMedia#of}); a
   *     {@link MessageMedia#url} is rejected (send it with {@link #sendAsBot} if you accept that
   *     URL sending is unverified)
   * @param caption the text sent with the media, or null
   * @return the created message with its room
   * @throws IllegalArgumentException when {@code file} is a URL or a value is missing
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Message sendMedia(String roomId, MessageType type, MessageMedia file, String caption) {
    return sendAsBot(mediaParams(roomId, type, file, caption));
  }

  /**
   * Async {@link #sendMedia}.
   *
   * @param roomId the room
   * @param type image, video, audio, document or voice
   * @param file the file bytes with name and media type
   * @param caption the text sent with the media, or null
   * @return the created message
   * @throws IllegalArgumentException when {@code file} is a URL or a value is missing
   */
  public CompletableFuture<Message> sendMediaAsync(String roomId, MessageType type, MessageMedia file, String caption) {
    return sendAsBotAsync(mediaParams(roomId, type, file, caption));
  }

  /** Checks the values and builds the bot send, so an invalid call sends nothing. */
  private static MessageSendParams mediaParams(String roomId, MessageType type, MessageMedia file, String caption) {
    if (Objects.requireNonNull(file, "file").isUrl()) {
      throw new IllegalArgumentException(
          "sendMedia sends file bytes; to send a URL (unverified) use sendAsBot with MessageMedia.url");
    }
    if (!MessageSendParams.MEDIA_TYPES.contains(type)) {
      throw new IllegalArgumentException("sendMedia needs a media type (image, video, audio, document, voice)");
    }
    return MessageSendParams.builder().roomId(roomId).type(type).text(caption).media(file).build();
  }

  /**
   * Sends interactive reply buttons or a list as the bot
   * ({@code POST /messages/whatsapp/interactive_message/bot}, JSON). Known only from community
   * integrations; not in Qontak's docs.
   *
   * @param params room, body, optional header, buttons or list
   * @return the created message with its room
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Message sendInteractive(InteractiveMessageParams params) {
    return ctx.execute(sendInteractiveRequest(params));
  }

  /**
   * Async {@link #sendInteractive}.
   *
   * @param params room, body, optional header, buttons or list
   * @return the created message
   */
  public CompletableFuture<Message> sendInteractiveAsync(InteractiveMessageParams params) {
    return ctx.executeAsync(sendInteractiveRequest(params));
  }

  private ApiRequest<Message> sendInteractiveRequest(InteractiveMessageParams params) {
    Objects.requireNonNull(params, "params");
    return ctx.<Message>request("POST", "/messages/whatsapp/interactive_message/bot")
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Message.class))
        .build();
  }

  /**
   * Sends an approved WhatsApp template into an existing room ({@code POST /messages/whatsapp/hsm},
   * {@code multipart/form-data} with {@code room_id} and {@code message_template_id}), e.g. to
   * reopen an expired session window. Known only from community integrations; not in Qontak's
   * docs. The answer is not documented anywhere; it is read as a {@link Message}.
   *
   * @param roomId the room
   * @param messageTemplateId the template id ({@code GET /templates/whatsapp})
   * @return the created message
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Message sendTemplateInRoom(String roomId, String messageTemplateId) {
    return ctx.execute(sendTemplateInRoomRequest(roomId, messageTemplateId));
  }

  /**
   * Async {@link #sendTemplateInRoom}.
   *
   * @param roomId the room
   * @param messageTemplateId the template id
   * @return the created message
   */
  public CompletableFuture<Message> sendTemplateInRoomAsync(String roomId, String messageTemplateId) {
    return ctx.executeAsync(sendTemplateInRoomRequest(roomId, messageTemplateId));
  }

  private ApiRequest<Message> sendTemplateInRoomRequest(String roomId, String messageTemplateId) {
    require("roomId", roomId);
    require("messageTemplateId", messageTemplateId);
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("room_id", roomId)
        .addFormDataPart("message_template_id", messageTemplateId)
        .build();
    return ctx.<Message>request("POST", "/messages/whatsapp/hsm")
        .body(body)
        .decoder(ServiceContext.data(Message.class))
        .build();
  }

  private static void require(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
