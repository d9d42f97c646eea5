package dev.omnichannel.chatwoot;

import com.squareup.moshi.JsonAdapter;
import dev.omnichannel.chatwoot.model.ChatwootJson;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.MessageAttachmentFile;
import dev.omnichannel.chatwoot.model.MessageCreateParams;
import dev.omnichannel.chatwoot.model.MessageList;
import dev.omnichannel.chatwoot.model.MessageListParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.core.paging.Pages;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * The messages of a conversation
 * ({@code /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}).
 *
 * <p>Messages page by id, not by page number: {@link #list(long)} returns the latest 20,
 * {@link MessageListParams#before(long)} the 20 older than a message and
 * {@link MessageListParams#after(long)} up to 100 newer ones; {@link #listAutoPaging(long)} walks
 * backwards through the whole history. Every operation has a blocking method and an
 * {@code ...Async} twin built from the same request description. Obtain it from
 * {@link ChatwootClient}; thread-safe.
 */
public final class MessageService {

  /** How many messages a list answer holds without {@code after} (the server's page size). */
  public static final int PAGE_SIZE = 20;

  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private final ServiceContext ctx;

  MessageService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the view
   */
  public MessageService withRequestOptions(RequestOptions options) {
    return new MessageService(ctx.with(options));
  }

  /**
   * Lists the latest 20 messages of a conversation (oldest first) with the conversation facts in
   * {@code meta}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (list-all-messages).
   *
   * @param conversationId the conversation display id
   * @return the messages and meta
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public MessageList list(long conversationId) {
    return ctx.execute(listRequest(conversationId, null));
  }

  /**
   * Lists a window of a conversation's messages by id (oldest first): {@code before} gives the
   * 20 older messages, {@code after} up to 100 newer ones, both up to 1000 between them.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (list-all-messages).
   *
   * @param conversationId the conversation display id
   * @param params the id window; null for the latest 20
   * @return the messages and meta
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public MessageList list(long conversationId, MessageListParams params) {
    return ctx.execute(listRequest(conversationId, params));
  }

  /**
   * Asynchronous {@link #list(long)}: lists the latest 20 messages of a conversation.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (list-all-messages).
   *
   * @param conversationId the conversation display id
   * @return a future completed with the messages and meta, or with the exceptions
   *     {@link #list(long)} throws
   */
  public CompletableFuture<MessageList> listAsync(long conversationId) {
    return ctx.executeAsync(listRequest(conversationId, null));
  }

  /**
   * Asynchronous {@link #list(long, MessageListParams)}: lists a window of a conversation's
   * messages by id.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (list-all-messages).
   *
   * @param conversationId the conversation display id
   * @param params the id window; null for the latest 20
   * @return a future completed with the messages and meta, or with the exceptions
   *     {@link #list(long, MessageListParams)} throws
   */
  public CompletableFuture<MessageList> listAsync(long conversationId, MessageListParams params) {
    return ctx.executeAsync(listRequest(conversationId, params));
  }

  /**
   * Walks a conversation's history backwards: the first page is the latest 20 messages, each next
   * page the 20 messages older than the oldest one seen ({@code before=<smallest id>}), until an
   * empty page. Pages come newest first; the messages inside a page are oldest first, as the
   * server sends them. The first page is fetched now; later pages when the walk reaches them.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (list-all-messages), repeated with {@code before}.
   *
   * @param conversationId the conversation display id
   * @return the first page; use {@link Page#autoPager()} or {@link Page#stream()} for the rest
   * @throws ApiException when Chatwoot answers with an error status (also from later pages)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Message> listAutoPaging(long conversationId) {
    return listAutoPaging(conversationId, null);
  }

  /**
   * Like {@link #listAutoPaging(long)}, starting with the messages older than a given id (e.g. to
   * resume a walk).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (list-all-messages), repeated with {@code before}.
   *
   * @param conversationId the conversation display id
   * @param beforeId start below this message id, or null for the latest messages
   * @return the first page
   * @throws ApiException when Chatwoot answers with an error status (also from later pages)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Message> listAutoPaging(long conversationId, Long beforeId) {
    return Pages.beforeIds(beforeId,
        before -> ctx.execute(listRequest(conversationId,
            before == null ? null : MessageListParams.before(before))).payload(),
        MessageService::idOf, Pages.DEFAULT_MAX_PAGES);
  }

  private static long idOf(Message message) {
    return message.id() == null ? Long.MAX_VALUE : message.id();
  }

  private ApiRequest<MessageList> listRequest(long conversationId, MessageListParams params) {
    return ApiRequest.<MessageList>builder("GET",
            ServiceContext.ACCOUNT + "/conversations/{}/messages", ctx.accountId, conversationId)
        .query("before", params == null ? null : params.beforeId())
        .query("after", params == null ? null : params.afterId())
        .responseType(MessageList.class)
        .build();
  }

  /**
   * Sends a message (text, private note, interactive content, WhatsApp template) in a
   * conversation. With attachments the request is a {@code multipart/form-data} upload of the
   * fields plus one {@code attachments[]} part per file; otherwise a JSON body. Agent-bot tokens
   * may call this.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (create-a-new-message-in-a-conversation).
   *
   * @param conversationId the conversation display id
   * @param params the message
   * @return the new message, with its id
   * @throws ApiException when Chatwoot answers with an error status (422 {@code {error}} when
   *     the message cannot be created; 401 also means the token's role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Message create(long conversationId, MessageCreateParams params) {
    return ctx.execute(createRequest(conversationId, params));
  }

  /**
   * Asynchronous {@link #create}: sends a message in a conversation.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}
   * (create-a-new-message-in-a-conversation).
   *
   * @param conversationId the conversation display id
   * @param params the message
   * @return a future completed with the new message, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Message> createAsync(long conversationId, MessageCreateParams params) {
    return ctx.executeAsync(createRequest(conversationId, params));
  }

  private ApiRequest<Message> createRequest(long conversationId, MessageCreateParams params) {
    Objects.requireNonNull(params, "params");
    ApiRequest.Builder<Message> b = ApiRequest.<Message>builder("POST",
            ServiceContext.ACCOUNT + "/conversations/{}/messages", ctx.accountId, conversationId)
        .responseType(Message.class);
    if (params.attachments().isEmpty()) {
      b.jsonBody(params.toJson());
    } else {
      b.body(multipart(params));
    }
    return b.build();
  }

  /** The form-data body: one text part per field (objects as JSON), then the files. */
  static MultipartBody multipart(MessageCreateParams params) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
    JsonAdapter<Object> json = ChatwootJson.moshi().adapter(Object.class);
    for (Map.Entry<String, Object> field : params.toJson().entrySet()) {
      Object value = field.getValue();
      String text = value instanceof String || value instanceof Number || value instanceof Boolean
          ? value.toString()
          : json.toJson(value);
      form.addFormDataPart(field.getKey(), text);
    }
    for (MessageAttachmentFile file : params.attachments()) {
      MediaType type = MediaType.parse(file.contentType());
      form.addFormDataPart("attachments[]", file.filename(),
          RequestBody.create(file.data(), type == null ? OCTET_STREAM : type));
    }
    return form.build();
  }

  /**
   * Deletes a message (its content is replaced and it is marked deleted).
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}}
   * (delete-a-message).
   *
   * @param conversationId the conversation display id
   * @param messageId the message id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long conversationId, long messageId) {
    ctx.execute(deleteRequest(conversationId, messageId));
  }

  /**
   * Asynchronous {@link #delete}: deletes a message.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}}
   * (delete-a-message).
   *
   * @param conversationId the conversation display id
   * @param messageId the message id
   * @return a future completed with null, or with the exceptions {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long conversationId, long messageId) {
    return ctx.executeAsync(deleteRequest(conversationId, messageId));
  }

  private ApiRequest<Void> deleteRequest(long conversationId, long messageId) {
    return ApiRequest.<Void>builder("DELETE",
            ServiceContext.ACCOUNT + "/conversations/{}/messages/{}", ctx.accountId, conversationId, messageId)
        .decoder(ResponseDecoder.discard())
        .build();
  }
}
