package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PublicMessage;
import dev.omnichannel.chatwoot.model.PublicMessageParams;
import dev.omnichannel.chatwoot.model.PublicMessageUpdateParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.KeyedPage;
import dev.omnichannel.core.paging.PageLimitExceededException;
import dev.omnichannel.core.paging.Pages;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Messages of a contact's conversation in the client's inbox
 * ({@code /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}).
 * Private notes are never shown to the contact.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPublicClient}; thread-safe.
 */
public final class PublicMessageService {

  /** How many messages Chatwoot puts on one page of {@link #list}: 20. */
  public static final int PAGE_SIZE = 20;

  private final PublicServiceContext ctx;

  PublicMessageService(PublicServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the service view
   */
  public PublicMessageService withRequestOptions(RequestOptions options) {
    return new PublicMessageService(ctx.with(options));
  }

  /**
   * Sends a message as the contact (an incoming message).
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}
   * (create-a-message).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param params the message
   * @return the new message
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicMessage create(String contactIdentifier, long conversationId, PublicMessageParams params) {
    return ctx.execute(createRequest(contactIdentifier, conversationId, params));
  }

  /**
   * Asynchronous {@link #create}: sends a message as the contact.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}
   * (create-a-message).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param params the message
   * @return a future completed with the new message, or with the exceptions {@link #create} throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicMessage> createAsync(
      String contactIdentifier, long conversationId, PublicMessageParams params) {
    return ctx.executeAsync(createRequest(contactIdentifier, conversationId, params));
  }

  private ApiRequest<PublicMessage> createRequest(
      String contactIdentifier, long conversationId, PublicMessageParams params) {
    return ApiRequest.<PublicMessage>builder("POST", PublicServiceContext.CONVERSATION + "/messages",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(PublicMessage.class)
        .build();
  }

  /**
   * Fetches one page of messages: the newest {@value #PAGE_SIZE} for a null {@code beforeId},
   * otherwise the {@value #PAGE_SIZE} messages just older than it, oldest first. The Client API
   * pages with {@code before} only (no {@code after}). Use {@link #listAutoPaging} to walk back
   * through the whole history.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}
   * (list-all-conversation-messages), query {@code before}.
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param beforeId only messages with a smaller id, or null for the newest
   * @return the messages (a bare array on the wire)
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<PublicMessage> list(String contactIdentifier, long conversationId, Long beforeId) {
    return ctx.execute(listRequest(contactIdentifier, conversationId, beforeId));
  }

  /**
   * Asynchronous {@link #list}: fetches one page of messages.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}
   * (list-all-conversation-messages), query {@code before}.
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param beforeId only messages with a smaller id, or null for the newest
   * @return a future completed with the messages, or with the exceptions {@link #list} throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<List<PublicMessage>> listAsync(
      String contactIdentifier, long conversationId, Long beforeId) {
    return ctx.executeAsync(listRequest(contactIdentifier, conversationId, beforeId));
  }

  private ApiRequest<List<PublicMessage>> listRequest(String contactIdentifier, long conversationId, Long beforeId) {
    return ApiRequest.<List<PublicMessage>>builder("GET", PublicServiceContext.CONVERSATION + "/messages",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId)
        .query("before", beforeId)
        .responseType(ServiceContext.listOf(PublicMessage.class))
        .build();
  }

  /**
   * Walks the conversation backwards from the newest messages: the first page (fetched now) is
   * the newest {@value #PAGE_SIZE}, each next page is requested with {@code before=<smallest id
   * so far>}; an empty page ends the walk. Iterate with {@code autoPager()} or {@code stream()}
   * (newest page first, each page oldest first), or step with {@code nextPage()}.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}
   * (list-all-conversation-messages), query {@code before}.
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @return the first page
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   * @throws InvalidResponseException (while walking) when a page is not older than the one before
   * @throws PageLimitExceededException (while walking) after {@link Pages#DEFAULT_MAX_PAGES} pages
   */
  public KeyedPage<Long, PublicMessage> listAutoPaging(String contactIdentifier, long conversationId) {
    return listAutoPaging(contactIdentifier, conversationId, null, Pages.DEFAULT_MAX_PAGES);
  }

  /**
   * Like {@link #listAutoPaging(String, long)}, starting below a message id (e.g. to resume) and
   * with a custom page limit.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages}
   * (list-all-conversation-messages), query {@code before}.
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param beforeId start with the messages older than this id, or null for the newest
   * @param maxPages the most pages one walk may fetch, at least 1
   * @return the first page
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public KeyedPage<Long, PublicMessage> listAutoPaging(
      String contactIdentifier, long conversationId, Long beforeId, int maxPages) {
    PublicServiceContext.contact(contactIdentifier);
    return Pages.beforeIds(beforeId, before -> list(contactIdentifier, conversationId, before),
        PublicMessage::id, maxPages);
  }

  /**
   * Submits the contact's reply to an interactive message ({@code input_select} option,
   * {@code form} fields or {@code input_csat} rating).
   *
   * <p>Endpoint: {@code PATCH /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}}
   * (update-a-message).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param messageId the id of the message being answered
   * @param params the submitted values
   * @return the updated message
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status (a failed update is a 500
   *     with {@code {error, message}})
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicMessage update(
      String contactIdentifier, long conversationId, long messageId, PublicMessageUpdateParams params) {
    return ctx.execute(updateRequest(contactIdentifier, conversationId, messageId, params));
  }

  /**
   * Asynchronous {@link #update}: submits the contact's reply to an interactive message.
   *
   * <p>Endpoint: {@code PATCH /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}}
   * (update-a-message).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param messageId the id of the message being answered
   * @param params the submitted values
   * @return a future completed with the updated message, or with the exceptions {@link #update}
   *     throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicMessage> updateAsync(
      String contactIdentifier, long conversationId, long messageId, PublicMessageUpdateParams params) {
    return ctx.executeAsync(updateRequest(contactIdentifier, conversationId, messageId, params));
  }

  private ApiRequest<PublicMessage> updateRequest(
      String contactIdentifier, long conversationId, long messageId, PublicMessageUpdateParams params) {
    return ApiRequest.<PublicMessage>builder("PATCH", PublicServiceContext.CONVERSATION + "/messages/{}",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId, messageId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(PublicMessage.class)
        .build();
  }
}
