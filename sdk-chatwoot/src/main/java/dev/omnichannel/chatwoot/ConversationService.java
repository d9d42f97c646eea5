package dev.omnichannel.chatwoot;

import com.squareup.moshi.Types;
import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.ConversationCounts;
import dev.omnichannel.chatwoot.model.ConversationCreateParams;
import dev.omnichannel.chatwoot.model.ConversationFilterParams;
import dev.omnichannel.chatwoot.model.ConversationListParams;
import dev.omnichannel.chatwoot.model.ConversationPage;
import dev.omnichannel.chatwoot.model.ConversationPriority;
import dev.omnichannel.chatwoot.model.ConversationReportingEvent;
import dev.omnichannel.chatwoot.model.ConversationStatus;
import dev.omnichannel.chatwoot.model.ConversationStatusToggle;
import dev.omnichannel.chatwoot.model.ConversationUpdateParams;
import dev.omnichannel.chatwoot.model.Team;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.core.paging.Pages;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import okhttp3.RequestBody;

/**
 * The account's conversations ({@code /api/v1/accounts/{account_id}/conversations}): counts,
 * list and filter (25 a page, with auto-paging), create, show, update, status, priority, typing,
 * custom attributes, assignment, labels and reporting events.
 *
 * <p>Conversation ids in paths are the per-account display ids ({@link Conversation#id()}).
 * Agent-bot tokens work for create, update, toggle status, toggle priority, toggle typing status
 * and assignment (user+bot in the spec); the server also lets bots show a conversation, set its
 * custom attributes and read or set its labels. Any other call with a bot token answers 401.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient#conversations()}; thread-safe.
 */
public final class ConversationService {

  /**
   * How many conversations a full page of {@link #list} and {@link #filter} holds on a default
   * server: 25. Self-hosted servers may change it ({@code CONVERSATION_RESULTS_PER_PAGE}), so the
   * auto-pagers do not rely on it.
   */
  public static final int PAGE_SIZE = 25;

  private static final Type STRINGS = Types.newParameterizedType(List.class, String.class);
  private static final Type MAP = Types.newParameterizedType(Map.class, String.class, Object.class);

  private final ServiceContext ctx;

  ConversationService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return a new service sharing this one's transport
   */
  public ConversationService withRequestOptions(RequestOptions options) {
    return new ConversationService(ctx.with(options));
  }

  /**
   * Lists conversations page by page: the first page (from {@link ConversationListParams#page()},
   * default 1) is fetched now, later pages as you walk ({@link Page#autoPager()},
   * {@link Page#stream()}). The walk stops at the first EMPTY page, so it always costs one extra
   * request: a short page does not end it, because self-hosted servers may change the page size
   * ({@code CONVERSATION_RESULTS_PER_PAGE}, default 25; research 5.1). A page that repeats the
   * previous page's conversations throws {@link dev.omnichannel.core.InvalidResponseException}
   * instead of looping. Use {@link #list} for the counts.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations} (conversationList).
   *
   * @param params the filters; {@link ConversationListParams#none()} for the defaults
   * @return the first page
   * @throws ApiException when Chatwoot answers with an error status (also while walking)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Conversation> listAutoPaging(ConversationListParams params) {
    Objects.requireNonNull(params, "params");
    int first = params.page() == null ? 1 : params.page();
    return untilEmptyPage(first, page -> list(params.withPage(page)).conversations());
  }

  /**
   * Filters conversations page by page, starting at page 1: the first page is fetched now, later
   * pages as you walk. As for {@link #listAutoPaging}, the walk stops at the first empty page (one
   * extra request; the server's page size is configurable) and a repeated page throws {@link
   * dev.omnichannel.core.InvalidResponseException}. Use {@link #filter} for the counts.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/filter}
   * (conversationFilter).
   *
   * @param params the conditions
   * @return the first page
   * @throws ApiException when Chatwoot answers with an error status (also while walking)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Conversation> filterAutoPaging(ConversationFilterParams params) {
    Objects.requireNonNull(params, "params");
    return untilEmptyPage(1, page -> filter(params, page).conversations());
  }

  /**
   * Counts the conversations matching the filters, per assignee type. Only status, q, inbox_id,
   * team_id and labels[] are sent.
   *
   * Rate-limited by the server to 30 calls a minute per token by default.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/meta} (conversationListMeta).
   *
   * @param params the filters; {@link ConversationListParams#none()} for the defaults
   * @return the counts
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ConversationCounts counts(ConversationListParams params) {
    return ctx.execute(countsRequest(params));
  }

  /**
   * Asynchronous {@link #counts}: counts the conversations matching the filters, per assignee type.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/meta} (conversationListMeta).
   *
   * @param params the filters; {@link ConversationListParams#none()} for the defaults
   * @return a future completed with the counts, or with the exceptions
   *     {@link #counts} throws
   */
  public CompletableFuture<ConversationCounts> countsAsync(ConversationListParams params) {
    return ctx.executeAsync(countsRequest(params));
  }

  private ApiRequest<ConversationCounts> countsRequest(ConversationListParams params) {
    Objects.requireNonNull(params, "params");
    return ApiRequest.<ConversationCounts>builder("GET", ServiceContext.ACCOUNT + "/conversations/meta", ctx.accountId)
        .query("status", params.status())
        .query("q", params.q())
        .query("inbox_id", params.inboxId())
        .query("team_id", params.teamId())
        .queryAll("labels[]", params.labels())
        .decoder(ServiceContext.under(ConversationCounts.class, "meta"))
        .build();
  }

  /**
   * Lists one page of conversations (25 a page) with the counts for the same filters. There is no
   * total page count, and the page size is configurable on self-hosted servers, so only an empty
   * page reliably marks the end; see {@link #listAutoPaging}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations} (conversationList).
   *
   * @param params the filters and page; {@link ConversationListParams#none()} for the defaults (open conversations, page 1)
   * @return the page
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ConversationPage list(ConversationListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Asynchronous {@link #list}: lists one page of conversations (25 a page) with the counts for the
   * same filters.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations} (conversationList).
   *
   * @param params the filters and page; {@link ConversationListParams#none()} for the defaults (open conversations, page 1)
   * @return a future completed with the page, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<ConversationPage> listAsync(ConversationListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  private ApiRequest<ConversationPage> listRequest(ConversationListParams params) {
    Objects.requireNonNull(params, "params");
    return ApiRequest.<ConversationPage>builder("GET", ServiceContext.ACCOUNT + "/conversations", ctx.accountId)
        .query("assignee_type", params.assigneeType() == null ? null : params.assigneeType().value())
        .query("status", params.status())
        .query("q", params.q())
        .query("inbox_id", params.inboxId())
        .query("team_id", params.teamId())
        .queryAll("labels[]", params.labels())
        .query("page", params.page())
        .decoder(ServiceContext.under(ConversationPage.class, "data"))
        .build();
  }

  /**
   * Creates a conversation on a contact inbox, optionally with a first message. The server answers
   * with the full conversation (the spec documents only {@code id}, {@code account_id} and {@code
   * inbox_id}). Agent-bot tokens may call this (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations} (newConversation).
   *
   * @param params the conversation's fields
   * @return the new conversation
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Conversation create(ConversationCreateParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a conversation on a contact inbox, optionally with a
   * first message.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations} (newConversation).
   *
   * @param params the conversation's fields
   * @return a future completed with the new conversation, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Conversation> createAsync(ConversationCreateParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<Conversation> createRequest(ConversationCreateParams params) {
    return ApiRequest.<Conversation>builder("POST", ServiceContext.ACCOUNT + "/conversations", ctx.accountId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(Conversation.class)
        .build();
  }

  /**
   * Lists one page of the conversations matching filter conditions, with counts (this answer has no
   * {@code data} wrapper and no {@code assigned_count}). 25 a page; see {@link #filterAutoPaging}.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/filter} (conversationFilter).
   *
   * @param params the conditions
   * @param page the 1-based page number
   * @return the page
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ConversationPage filter(ConversationFilterParams params, int page) {
    return ctx.execute(filterRequest(params, page));
  }

  /**
   * Asynchronous {@link #filter}: lists one page of the conversations matching filter conditions,
   * with counts (this answer has no {@code data} wrapper and no {@code assigned_count}).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/filter} (conversationFilter).
   *
   * @param params the conditions
   * @param page the 1-based page number
   * @return a future completed with the page, or with the exceptions
   *     {@link #filter} throws
   */
  public CompletableFuture<ConversationPage> filterAsync(ConversationFilterParams params, int page) {
    return ctx.executeAsync(filterRequest(params, page));
  }

  private ApiRequest<ConversationPage> filterRequest(ConversationFilterParams params, int page) {
    Objects.requireNonNull(params, "params");
    requirePage(page);
    return ApiRequest.<ConversationPage>builder("POST", ServiceContext.ACCOUNT + "/conversations/filter", ctx.accountId)
        .query("page", page)
        .jsonBody(params.toJson())
        .idempotent(true)
        .responseType(ConversationPage.class)
        .build();
  }

  /**
   * Fetches one conversation. Agent-bot tokens may call this too (the server allows it although the
   * spec says user only).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}} (get-details-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @return the conversation
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Conversation retrieve(long conversationId) {
    return ctx.execute(retrieveRequest(conversationId));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one conversation.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}} (get-details-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @return a future completed with the conversation, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<Conversation> retrieveAsync(long conversationId) {
    return ctx.executeAsync(retrieveRequest(conversationId));
  }

  private ApiRequest<Conversation> retrieveRequest(long conversationId) {
    return ApiRequest.<Conversation>builder("GET", ServiceContext.ACCOUNT + "/conversations/{}", ctx.accountId, conversationId)
        .responseType(Conversation.class)
        .build();
  }

  /**
   * Updates a conversation's priority or SLA policy. Agent-bot tokens may call this (user+bot).
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/conversations/{conversation_id}} (update-conversation).
   *
   * @param conversationId the conversation's display id
   * @param params the fields to change
   * @return the updated conversation
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Conversation update(long conversationId, ConversationUpdateParams params) {
    return ctx.execute(updateRequest(conversationId, params));
  }

  /**
   * Asynchronous {@link #update}: updates a conversation's priority or SLA policy.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/conversations/{conversation_id}} (update-conversation).
   *
   * @param conversationId the conversation's display id
   * @param params the fields to change
   * @return a future completed with the updated conversation, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Conversation> updateAsync(long conversationId, ConversationUpdateParams params) {
    return ctx.executeAsync(updateRequest(conversationId, params));
  }

  private ApiRequest<Conversation> updateRequest(long conversationId, ConversationUpdateParams params) {
    return ApiRequest.<Conversation>builder("PATCH", ServiceContext.ACCOUNT + "/conversations/{}", ctx.accountId, conversationId)
        .body(ServiceContext.jsonKeepingNulls(Objects.requireNonNull(params, "params").toJson()))
        .responseType(Conversation.class)
        .build();
  }

  /**
   * Sets a conversation's status. For {@link ConversationStatus#SNOOZED} give the time it reopens
   * (sent as whole epoch seconds), or null to snooze until the contact's next reply. Agent-bot
   * tokens may call this (user+bot); a bot setting a pending conversation to open hands it off to
   * the agents.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status} (toggle-status-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param status the new status
   * @param snoozedUntil when a snoozed conversation reopens, or null (not sent)
   * @return the new status
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ConversationStatusToggle toggleStatus(long conversationId, ConversationStatus status, Instant snoozedUntil) {
    return ctx.execute(toggleStatusRequest(conversationId, status, snoozedUntil));
  }

  /**
   * Asynchronous {@link #toggleStatus}: sets a conversation's status.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status} (toggle-status-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param status the new status
   * @param snoozedUntil when a snoozed conversation reopens, or null (not sent)
   * @return a future completed with the new status, or with the exceptions
   *     {@link #toggleStatus} throws
   */
  public CompletableFuture<ConversationStatusToggle> toggleStatusAsync(long conversationId, ConversationStatus status, Instant snoozedUntil) {
    return ctx.executeAsync(toggleStatusRequest(conversationId, status, snoozedUntil));
  }

  /**
   * Sets a conversation's status ({@code snoozed} without a time snoozes until the contact's next
   * reply). Same as {@link #toggleStatus(long, ConversationStatus, Instant)} with no snooze time.
   * Agent-bot tokens may call this (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status} (toggle-status-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param status the new status
   * @return the new status
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ConversationStatusToggle toggleStatus(long conversationId, ConversationStatus status) {
    return ctx.execute(toggleStatusRequest(conversationId, status, null));
  }

  /**
   * Asynchronous {@link #toggleStatus(long, ConversationStatus)}: sets a conversation's status.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status} (toggle-status-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param status the new status
   * @return a future completed with the new status, or with the exceptions
   *     {@link #toggleStatus(long, ConversationStatus)} throws
   */
  public CompletableFuture<ConversationStatusToggle> toggleStatusAsync(long conversationId, ConversationStatus status) {
    return ctx.executeAsync(toggleStatusRequest(conversationId, status, null));
  }

  private ApiRequest<ConversationStatusToggle> toggleStatusRequest(long conversationId, ConversationStatus status, Instant snoozedUntil) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", Objects.requireNonNull(status, "status").value());
    if (snoozedUntil != null) {
      body.put("snoozed_until", snoozedUntil.getEpochSecond());
    }
    return ApiRequest.<ConversationStatusToggle>builder(
            "POST", ServiceContext.ACCOUNT + "/conversations/{}/toggle_status", ctx.accountId, conversationId)
        .jsonBody(body)
        .decoder(ServiceContext.under(ConversationStatusToggle.class, "payload"))
        .build();
  }

  /**
   * Sets or clears a conversation's priority. Agent-bot tokens may call this (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority} (toggle-priority-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param priority the new priority, or null to clear it (sent as {@code "priority": null}; the server has no {@code none})
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void togglePriority(long conversationId, ConversationPriority priority) {
    ctx.execute(togglePriorityRequest(conversationId, priority));
  }

  /**
   * Asynchronous {@link #togglePriority}: sets or clears a conversation's priority.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority} (toggle-priority-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param priority the new priority, or null to clear it (sent as {@code "priority": null}; the server has no {@code none})
   * @return a future completed with null, or with the exceptions
   *     {@link #togglePriority} throws
   */
  public CompletableFuture<Void> togglePriorityAsync(long conversationId, ConversationPriority priority) {
    return ctx.executeAsync(togglePriorityRequest(conversationId, priority));
  }

  private ApiRequest<Void> togglePriorityRequest(long conversationId, ConversationPriority priority) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("priority", priority == null ? null : priority.value());
    return ApiRequest.<Void>builder("POST", ServiceContext.ACCOUNT + "/conversations/{}/toggle_priority", ctx.accountId, conversationId)
        .body(ServiceContext.jsonKeepingNulls(body))
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Shows or hides the typing indicator of the token's user (or bot) in a conversation. Agent-bot
   * tokens may call this (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_typing_status} (toggle-typing-status-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param typing true sends {@code typing_status=on}, false {@code off}
   * @param isPrivate whether the typing is of a private note; null (not sent) for a reply
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void toggleTypingStatus(long conversationId, boolean typing, Boolean isPrivate) {
    ctx.execute(toggleTypingStatusRequest(conversationId, typing, isPrivate));
  }

  /**
   * Asynchronous {@link #toggleTypingStatus}: shows or hides the typing indicator of the token's
   * user (or bot) in a conversation.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_typing_status} (toggle-typing-status-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param typing true sends {@code typing_status=on}, false {@code off}
   * @param isPrivate whether the typing is of a private note; null (not sent) for a reply
   * @return a future completed with null, or with the exceptions
   *     {@link #toggleTypingStatus} throws
   */
  public CompletableFuture<Void> toggleTypingStatusAsync(long conversationId, boolean typing, Boolean isPrivate) {
    return ctx.executeAsync(toggleTypingStatusRequest(conversationId, typing, isPrivate));
  }

  private ApiRequest<Void> toggleTypingStatusRequest(long conversationId, boolean typing, Boolean isPrivate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("typing_status", typing ? "on" : "off");
    if (isPrivate != null) {
      body.put("is_private", isPrivate);
    }
    return ApiRequest.<Void>builder("POST", ServiceContext.ACCOUNT + "/conversations/{}/toggle_typing_status", ctx.accountId, conversationId)
        .jsonBody(body)
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Replaces a conversation's custom attributes with these (keys not given are removed). Agent-bot
   * tokens may call this too (the server allows it although the spec says user only).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes} (update-custom-attributes-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param customAttributes the attribute keys and values
   * @return the conversation's custom attributes after the call
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Map<String, Object> updateCustomAttributes(long conversationId, Map<String, ?> customAttributes) {
    return ctx.execute(updateCustomAttributesRequest(conversationId, customAttributes));
  }

  /**
   * Asynchronous {@link #updateCustomAttributes}: replaces a conversation's custom attributes with
   * these (keys not given are removed).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes} (update-custom-attributes-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param customAttributes the attribute keys and values
   * @return a future completed with the conversation's custom attributes after the call, or with the exceptions
   *     {@link #updateCustomAttributes} throws
   */
  public CompletableFuture<Map<String, Object>> updateCustomAttributesAsync(long conversationId, Map<String, ?> customAttributes) {
    return ctx.executeAsync(updateCustomAttributesRequest(conversationId, customAttributes));
  }

  private ApiRequest<Map<String, Object>> updateCustomAttributesRequest(long conversationId, Map<String, ?> customAttributes) {
    Map<String, Object> body = Map.of("custom_attributes", Objects.requireNonNull(customAttributes, "customAttributes"));
    return ApiRequest.<Map<String, Object>>builder(
            "POST", ServiceContext.ACCOUNT + "/conversations/{}/custom_attributes", ctx.accountId, conversationId)
        .jsonBody(body)
        .decoder(ServiceContext.under(MAP, "custom_attributes"))
        .build();
  }

  /**
   * Assigns a conversation to an agent, or unassigns it. Agent-bot tokens may call this (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments} (assign-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param agentId the agent's user id, or null to remove the assignee (sent as {@code assignee_id: null})
   * @return the assigned agent, or null when unassigned
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Agent assignAgent(long conversationId, Long agentId) {
    return ctx.execute(assignAgentRequest(conversationId, agentId));
  }

  /**
   * Asynchronous {@link #assignAgent}: assigns a conversation to an agent, or unassigns it.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments} (assign-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param agentId the agent's user id, or null to remove the assignee (sent as {@code assignee_id: null})
   * @return a future completed with the assigned agent, or null when unassigned, or with the exceptions
   *     {@link #assignAgent} throws
   */
  public CompletableFuture<Agent> assignAgentAsync(long conversationId, Long agentId) {
    return ctx.executeAsync(assignAgentRequest(conversationId, agentId));
  }

  private ApiRequest<Agent> assignAgentRequest(long conversationId, Long agentId) {
    return assignmentRequest(conversationId, "{\"assignee_id\":" + agentId + "}", Agent.class);
  }

  /**
   * Assigns a conversation to an agent bot ({@code assignee_type: AgentBot}). Agent-bot tokens may
   * call this (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments} (assign-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param agentBotId the agent bot's id
   * @return the assigned bot (slim form: no token or URL), or null when the server assigned none
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot assignAgentBot(long conversationId, long agentBotId) {
    return ctx.execute(assignAgentBotRequest(conversationId, agentBotId));
  }

  /**
   * Asynchronous {@link #assignAgentBot}: assigns a conversation to an agent bot ({@code
   * assignee_type: AgentBot}).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments} (assign-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param agentBotId the agent bot's id
   * @return a future completed with the assigned bot (slim form: no token or URL), or null when the server assigned none, or with the exceptions
   *     {@link #assignAgentBot} throws
   */
  public CompletableFuture<AgentBot> assignAgentBotAsync(long conversationId, long agentBotId) {
    return ctx.executeAsync(assignAgentBotRequest(conversationId, agentBotId));
  }

  private ApiRequest<AgentBot> assignAgentBotRequest(long conversationId, long agentBotId) {
    return assignmentRequest(conversationId,
        "{\"assignee_id\":" + agentBotId + ",\"assignee_type\":\"AgentBot\"}", AgentBot.class);
  }

  /**
   * Assigns a conversation to a team, or removes its team. Agent-bot tokens may call this
   * (user+bot).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments} (assign-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param teamId the team id, or null to remove the team (sent as {@code team_id: null})
   * @return the team, or null when removed
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Team assignTeam(long conversationId, Long teamId) {
    return ctx.execute(assignTeamRequest(conversationId, teamId));
  }

  /**
   * Asynchronous {@link #assignTeam}: assigns a conversation to a team, or removes its team.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments} (assign-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @param teamId the team id, or null to remove the team (sent as {@code team_id: null})
   * @return a future completed with the team, or null when removed, or with the exceptions
   *     {@link #assignTeam} throws
   */
  public CompletableFuture<Team> assignTeamAsync(long conversationId, Long teamId) {
    return ctx.executeAsync(assignTeamRequest(conversationId, teamId));
  }

  private ApiRequest<Team> assignTeamRequest(long conversationId, Long teamId) {
    return assignmentRequest(conversationId, "{\"team_id\":" + teamId + "}", Team.class);
  }

  /**
   * Lists a conversation's labels (their titles).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels} (list-all-labels-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @return the label titles
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<String> listLabels(long conversationId) {
    return ctx.execute(listLabelsRequest(conversationId));
  }

  /**
   * Asynchronous {@link #listLabels}: lists a conversation's labels (their titles).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels} (list-all-labels-of-a-conversation).
   *
   * @param conversationId the conversation's display id
   * @return a future completed with the label titles, or with the exceptions
   *     {@link #listLabels} throws
   */
  public CompletableFuture<List<String>> listLabelsAsync(long conversationId) {
    return ctx.executeAsync(listLabelsRequest(conversationId));
  }

  private ApiRequest<List<String>> listLabelsRequest(long conversationId) {
    return ApiRequest.<List<String>>builder("GET", ServiceContext.ACCOUNT + "/conversations/{}/labels", ctx.accountId, conversationId)
        .decoder(ServiceContext.under(STRINGS, "payload"))
        .build();
  }

  /**
   * Sets a conversation's labels: the conversation ends up with exactly these labels (labels not
   * listed are removed; pass the current ones plus new ones to add).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels} (conversation-add-labels).
   *
   * @param conversationId the conversation's display id
   * @param labels the label titles
   * @return the conversation's labels after the call
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<String> addLabels(long conversationId, List<String> labels) {
    return ctx.execute(addLabelsRequest(conversationId, labels));
  }

  /**
   * Asynchronous {@link #addLabels}: sets a conversation's labels: the conversation ends up with
   * exactly these labels (labels not listed are removed; pass the current ones plus new ones to
   * add).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels} (conversation-add-labels).
   *
   * @param conversationId the conversation's display id
   * @param labels the label titles
   * @return a future completed with the conversation's labels after the call, or with the exceptions
   *     {@link #addLabels} throws
   */
  public CompletableFuture<List<String>> addLabelsAsync(long conversationId, List<String> labels) {
    return ctx.executeAsync(addLabelsRequest(conversationId, labels));
  }

  private ApiRequest<List<String>> addLabelsRequest(long conversationId, List<String> labels) {
    Map<String, Object> body = Map.of("labels", List.copyOf(Objects.requireNonNull(labels, "labels")));
    return ApiRequest.<List<String>>builder("POST", ServiceContext.ACCOUNT + "/conversations/{}/labels", ctx.accountId, conversationId)
        .jsonBody(body)
        .decoder(ServiceContext.under(STRINGS, "payload"))
        .build();
  }

  /**
   * Lists a conversation's reporting events (first response, resolution, reply times).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/reporting_events} (get-conversation-reporting-events).
   *
   * @param conversationId the conversation's display id
   * @return the events
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ConversationReportingEvent> reportingEvents(long conversationId) {
    return ctx.execute(reportingEventsRequest(conversationId));
  }

  /**
   * Asynchronous {@link #reportingEvents}: lists a conversation's reporting events (first response,
   * resolution, reply times).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/reporting_events} (get-conversation-reporting-events).
   *
   * @param conversationId the conversation's display id
   * @return a future completed with the events, or with the exceptions
   *     {@link #reportingEvents} throws
   */
  public CompletableFuture<List<ConversationReportingEvent>> reportingEventsAsync(long conversationId) {
    return ctx.executeAsync(reportingEventsRequest(conversationId));
  }

  private ApiRequest<List<ConversationReportingEvent>> reportingEventsRequest(long conversationId) {
    return ApiRequest.<List<ConversationReportingEvent>>builder(
            "GET", ServiceContext.ACCOUNT + "/conversations/{}/reporting_events", ctx.accountId, conversationId)
        .responseType(ServiceContext.listOf(ConversationReportingEvent.class))
        .build();
  }

  /**
   * The assignment endpoint answers with an agent, a slim bot, a team or JSON {@code null}. The
   * body is written by hand because an explicit {@code null} id must be sent to unassign (the
   * server branches on which key is present), and the client's JSON writer drops nulls.
   */
  private <T> ApiRequest<T> assignmentRequest(long conversationId, String json, Class<T> type) {
    return ApiRequest.<T>builder(
            "POST", ServiceContext.ACCOUNT + "/conversations/{}/assignments", ctx.accountId, conversationId)
        .body(RequestBody.create(json, HttpTransport.JSON))
        .decoder(response -> {
          String text = response.bodyString().strip();
          return text.isEmpty() || text.equals("null") ? null : response.json(type);
        })
        .build();
  }

  /**
   * Walks page numbers until an empty page (a page of any non-zero size counts as "maybe more"):
   * the server's page size is configurable, so a short page is not proof of the end. A page whose
   * conversation ids equal the previous page's (a server or proxy ignoring {@code page}) throws
   * instead of walking on to the page limit.
   */
  private static Page<Conversation> untilEmptyPage(int firstPage, IntFunction<List<Conversation>> fetch) {
    AtomicReference<FetchedPage> last = new AtomicReference<>();
    return Pages.pageNumbers(firstPage, 1, page -> {
      List<Conversation> items = fetch.apply(page);
      List<Long> ids = items == null ? List.of()
          : items.stream().map(c -> c == null ? null : c.id()).collect(Collectors.toList());
      FetchedPage previous = last.getAndSet(new FetchedPage(page, ids));
      if (!ids.isEmpty() && previous != null && previous.page() == page - 1 && previous.ids().equals(ids)) {
        throw new InvalidResponseException("pagination did not advance: page " + page + " repeated page "
            + previous.page() + "; stopping to avoid an endless loop", null, 0, "");
      }
      return items;
    });
  }

  private record FetchedPage(int page, List<Long> ids) {}

  private static void requirePage(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
  }
}
