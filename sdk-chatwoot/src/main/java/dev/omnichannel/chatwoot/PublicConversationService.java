package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PublicConversation;
import dev.omnichannel.chatwoot.model.PublicConversationParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A contact's conversations in the client's inbox
 * ({@code /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations}).
 * Conversations are addressed by their display id ({@link PublicConversation#id()}). For a
 * contact verified with an {@code identifier_hash} the lookups cover all of the contact's
 * conversations, otherwise only those of this contact inbox.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPublicClient}; thread-safe.
 */
public final class PublicConversationService {

  private final PublicServiceContext ctx;

  PublicConversationService(PublicServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the service view
   */
  public PublicConversationService withRequestOptions(RequestOptions options) {
    return new PublicConversationService(ctx.with(options));
  }

  /**
   * Starts a conversation for the contact.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations}
   * (create-a-conversation).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param params the conversation's fields (an empty builder is fine)
   * @return the new conversation
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicConversation create(String contactIdentifier, PublicConversationParams params) {
    return ctx.execute(createRequest(contactIdentifier, params));
  }

  /**
   * Asynchronous {@link #create}: starts a conversation for the contact.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations}
   * (create-a-conversation).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param params the conversation's fields
   * @return a future completed with the new conversation, or with the exceptions {@link #create}
   *     throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicConversation> createAsync(String contactIdentifier, PublicConversationParams params) {
    return ctx.executeAsync(createRequest(contactIdentifier, params));
  }

  private ApiRequest<PublicConversation> createRequest(String contactIdentifier, PublicConversationParams params) {
    return ApiRequest.<PublicConversation>builder("POST", PublicServiceContext.CONTACT + "/conversations",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier))
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(PublicConversation.class)
        .build();
  }

  /**
   * Lists the contact's conversations (a bare array, not paged).
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations}
   * (list-all-contact-conversations).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @return the conversations
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<PublicConversation> list(String contactIdentifier) {
    return ctx.execute(listRequest(contactIdentifier));
  }

  /**
   * Asynchronous {@link #list}: lists the contact's conversations.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations}
   * (list-all-contact-conversations).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @return a future completed with the conversations, or with the exceptions {@link #list} throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<List<PublicConversation>> listAsync(String contactIdentifier) {
    return ctx.executeAsync(listRequest(contactIdentifier));
  }

  private ApiRequest<List<PublicConversation>> listRequest(String contactIdentifier) {
    return ApiRequest.<List<PublicConversation>>builder("GET", PublicServiceContext.CONTACT + "/conversations",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier))
        .responseType(ServiceContext.listOf(PublicConversation.class))
        .build();
  }

  /**
   * Fetches one conversation with its chat messages.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}}
   * (get-single-conversation).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @return the conversation
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status (404 when not the contact's)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicConversation retrieve(String contactIdentifier, long conversationId) {
    return ctx.execute(retrieveRequest(contactIdentifier, conversationId));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one conversation.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}}
   * (get-single-conversation).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @return a future completed with the conversation, or with the exceptions {@link #retrieve}
   *     throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicConversation> retrieveAsync(String contactIdentifier, long conversationId) {
    return ctx.executeAsync(retrieveRequest(contactIdentifier, conversationId));
  }

  private ApiRequest<PublicConversation> retrieveRequest(String contactIdentifier, long conversationId) {
    return ApiRequest.<PublicConversation>builder("GET", PublicServiceContext.CONVERSATION,
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId)
        .responseType(PublicConversation.class)
        .build();
  }

  /**
   * Resolves the conversation on behalf of the contact. Despite the path name this only
   * resolves; an already resolved conversation is returned unchanged.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status}
   * (resolve-conversation).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @return the conversation
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicConversation resolve(String contactIdentifier, long conversationId) {
    return ctx.execute(resolveRequest(contactIdentifier, conversationId));
  }

  /**
   * Asynchronous {@link #resolve}: resolves the conversation on behalf of the contact.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status}
   * (resolve-conversation).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @return a future completed with the conversation, or with the exceptions {@link #resolve}
   *     throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicConversation> resolveAsync(String contactIdentifier, long conversationId) {
    return ctx.executeAsync(resolveRequest(contactIdentifier, conversationId));
  }

  private ApiRequest<PublicConversation> resolveRequest(String contactIdentifier, long conversationId) {
    return ApiRequest.<PublicConversation>builder("POST", PublicServiceContext.CONVERSATION + "/toggle_status",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId)
        .responseType(PublicConversation.class)
        .build();
  }

  /**
   * Shows or hides the contact's typing indicator to agents. The spec documents
   * {@code typing_status} both as a query parameter and in the JSON body and the server reads
   * either, so both are sent.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing}
   * (toggle-typing-status).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param typing true sends {@code on}, false {@code off}
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void toggleTyping(String contactIdentifier, long conversationId, boolean typing) {
    ctx.execute(toggleTypingRequest(contactIdentifier, conversationId, typing));
  }

  /**
   * Asynchronous {@link #toggleTyping}: shows or hides the contact's typing indicator.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing}
   * (toggle-typing-status).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @param typing true sends {@code on}, false {@code off}
   * @return a future completed with null, or with the exceptions {@link #toggleTyping} throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<Void> toggleTypingAsync(String contactIdentifier, long conversationId, boolean typing) {
    return ctx.executeAsync(toggleTypingRequest(contactIdentifier, conversationId, typing));
  }

  private ApiRequest<Void> toggleTypingRequest(String contactIdentifier, long conversationId, boolean typing) {
    String status = typing ? "on" : "off";
    return ApiRequest.<Void>builder("POST", PublicServiceContext.CONVERSATION + "/toggle_typing",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId)
        .query("typing_status", status)
        .jsonBody(Map.of("typing_status", status))
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Marks the conversation as seen by the contact now (agents see the messages as read).
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen}
   * (update-last-seen).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void updateLastSeen(String contactIdentifier, long conversationId) {
    ctx.execute(updateLastSeenRequest(contactIdentifier, conversationId));
  }

  /**
   * Asynchronous {@link #updateLastSeen}: marks the conversation as seen by the contact now.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen}
   * (update-last-seen).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param conversationId the conversation's display id
   * @return a future completed with null, or with the exceptions {@link #updateLastSeen} throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<Void> updateLastSeenAsync(String contactIdentifier, long conversationId) {
    return ctx.executeAsync(updateLastSeenRequest(contactIdentifier, conversationId));
  }

  private ApiRequest<Void> updateLastSeenRequest(String contactIdentifier, long conversationId) {
    return ApiRequest.<Void>builder("POST", PublicServiceContext.CONVERSATION + "/update_last_seen",
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier), conversationId)
        .decoder(ResponseDecoder.discard())
        .build();
  }
}
