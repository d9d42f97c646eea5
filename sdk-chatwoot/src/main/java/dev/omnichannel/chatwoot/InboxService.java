package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.Inbox;
import dev.omnichannel.chatwoot.model.InboxCreateParams;
import dev.omnichannel.chatwoot.model.InboxUpdateParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The account's inboxes and their members ({@code /api/v1/accounts/{account_id}/inboxes} and
 * {@code .../inbox_members}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class InboxService {

  private final ServiceContext ctx;
  private final ResourceRequests<Inbox> requests;

  InboxService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(Inbox.class, ServiceContext.ACCOUNT + "/inboxes", ctx.accountId)
        .listUnder("payload");
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the view
   */
  public InboxService withRequestOptions(RequestOptions options) {
    return new InboxService(ctx.with(options));
  }

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private static AgentBot decodeAgentBot(dev.omnichannel.core.internal.HttpResponse response)
      throws java.io.IOException {
    if (response.statusCode() == 204 || response.body().size() == 0) {
      return null;
    }
    AgentBot bot = ResponseDecoder.<AgentBot>jsonAt(AgentBot.class, "agent_bot").decode(response);
    return bot == null || bot.id() == null ? null : bot;
  }

  private static Map<String, Object> membersBody(long inboxId, List<Long> userIds) {
    List<Long> ids = List.copyOf(Objects.requireNonNull(userIds, "userIds"));
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("userIds must not be empty");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inbox_id", inboxId);
    body.put("user_ids", ids);
    return body;
  }

  /**
   * Lists the account's inboxes the token may see (not paged; the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inboxes} (listAllInboxes).
   *
   * @return the inboxes
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Inbox> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the account's inboxes the token may see (not paged; the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inboxes} (listAllInboxes).
   *
   * @return a future completed with the inboxes, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<Inbox>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<Inbox>> listRequest() {
    return requests.list();
  }

  /**
   * Creates an inbox together with its channel (web widget, API, e-mail, LINE, Telegram, WhatsApp, SMS).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/inboxes} (inboxCreation).
   *
   * @param params the inbox settings and channel
   * @return the new inbox
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Inbox create(InboxCreateParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates an inbox together with its channel (web widget, API, e-mail, LINE, Telegram, WhatsApp, SMS).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/inboxes} (inboxCreation).
   *
   * @param params the inbox settings and channel
   * @return a future completed with the new inbox, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Inbox> createAsync(InboxCreateParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<Inbox> createRequest(InboxCreateParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one inbox.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inboxes/{id}} (GetInbox).
   *
   * @param inboxId the inbox id
   * @return the inbox
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Inbox retrieve(long inboxId) {
    return ctx.execute(retrieveRequest(inboxId));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one inbox.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inboxes/{id}} (GetInbox).
   *
   * @param inboxId the inbox id
   * @return a future completed with the inbox, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<Inbox> retrieveAsync(long inboxId) {
    return ctx.executeAsync(retrieveRequest(inboxId));
  }

  private ApiRequest<Inbox> retrieveRequest(long inboxId) {
    return requests.retrieve(inboxId);
  }

  /**
   * Updates an inbox's settings and, through {@code channel}, its channel's settings.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/inboxes/{id}} (updateInbox).
   *
   * @param inboxId the inbox id
   * @param params the fields to change
   * @return the updated inbox
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Inbox update(long inboxId, InboxUpdateParams params) {
    return ctx.execute(updateRequest(inboxId, params));
  }

  /**
   * Asynchronous {@link #update}: updates an inbox's settings and, through {@code channel}, its channel's settings.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/inboxes/{id}} (updateInbox).
   *
   * @param inboxId the inbox id
   * @param params the fields to change
   * @return a future completed with the updated inbox, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Inbox> updateAsync(long inboxId, InboxUpdateParams params) {
    return ctx.executeAsync(updateRequest(inboxId, params));
  }

  private ApiRequest<Inbox> updateRequest(long inboxId, InboxUpdateParams params) {
    return requests.update(inboxId, params);
  }

  /**
   * Fetches the agent bot connected to an inbox.
   *
   * <p>The spec documents 204 with a bare {@code agent_bot}; the server answers 200 with
   * {@code {"agent_bot": {...}}}, or {@code {"agent_bot": {}}} when no bot is connected. This
   * method reads that wrapper and returns null for the empty object, a 204 or an empty body.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inboxes/{id}/agent_bot} (getInboxAgentBot).
   *
   * @param inboxId the inbox id
   * @return the bot, or null when the inbox has none
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot getAgentBot(long inboxId) {
    return ctx.execute(getAgentBotRequest(inboxId));
  }

  /**
   * Asynchronous {@link #getAgentBot}: fetches the agent bot connected to an inbox.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inboxes/{id}/agent_bot} (getInboxAgentBot).
   *
   * @param inboxId the inbox id
   * @return a future completed with the bot, or null when the inbox has none, or with the exceptions
   *     {@link #getAgentBot} throws
   */
  public CompletableFuture<AgentBot> getAgentBotAsync(long inboxId) {
    return ctx.executeAsync(getAgentBotRequest(inboxId));
  }

  private ApiRequest<AgentBot> getAgentBotRequest(long inboxId) {
    return ApiRequest.<AgentBot>builder("GET", ServiceContext.ACCOUNT + "/inboxes/{}/agent_bot", ctx.accountId, inboxId)
        .decoder(InboxService::decodeAgentBot)
        .build();
  }

  /**
   * Connects an agent bot to an inbox, or disconnects the current one.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot} (updateAgentBot).
   *
   * @param inboxId the inbox id
   * @param agentBotId the bot id, or null to disconnect the inbox's bot (sends {@code "agent_bot": null})
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void setAgentBot(long inboxId, Long agentBotId) {
    ctx.execute(setAgentBotRequest(inboxId, agentBotId));
  }

  /**
   * Asynchronous {@link #setAgentBot}: connects an agent bot to an inbox, or disconnects the current one.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot} (updateAgentBot).
   *
   * @param inboxId the inbox id
   * @param agentBotId the bot id, or null to disconnect the inbox's bot (sends {@code "agent_bot": null})
   * @return a future completed with null, or with the exceptions
   *     {@link #setAgentBot} throws
   */
  public CompletableFuture<Void> setAgentBotAsync(long inboxId, Long agentBotId) {
    return ctx.executeAsync(setAgentBotRequest(inboxId, agentBotId));
  }

  private ApiRequest<Void> setAgentBotRequest(long inboxId, Long agentBotId) {
    String json = "{\"agent_bot\":" + (agentBotId == null ? "null" : agentBotId.toString()) + "}";
    return ApiRequest.<Void>builder("POST", ServiceContext.ACCOUNT + "/inboxes/{}/set_agent_bot", ctx.accountId, inboxId)
        .body(RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON))
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Lists the agents who are members of an inbox (the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inbox_members/{inbox_id}} (get-inbox-members).
   *
   * @param inboxId the inbox id
   * @return the inbox's agents
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> listMembers(long inboxId) {
    return ctx.execute(listMembersRequest(inboxId));
  }

  /**
   * Asynchronous {@link #listMembers}: lists the agents who are members of an inbox (the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/inbox_members/{inbox_id}} (get-inbox-members).
   *
   * @param inboxId the inbox id
   * @return a future completed with the inbox's agents, or with the exceptions
   *     {@link #listMembers} throws
   */
  public CompletableFuture<List<Agent>> listMembersAsync(long inboxId) {
    return ctx.executeAsync(listMembersRequest(inboxId));
  }

  private ApiRequest<List<Agent>> listMembersRequest(long inboxId) {
    return ApiRequest.<List<Agent>>builder("GET", ServiceContext.ACCOUNT + "/inbox_members/{}", ctx.accountId, inboxId)
        .decoder(ServiceContext.under(ServiceContext.listOf(Agent.class), "payload"))
        .build();
  }

  /**
   * Adds agents to an inbox.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/inbox_members} (add-new-agent-to-inbox).
   *
   * @param inboxId the inbox id
   * @param userIds the agents' user ids, not empty
   * @return the inbox's agents after the change
   * @throws IllegalArgumentException when {@code userIds} is empty
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> addMembers(long inboxId, List<Long> userIds) {
    return ctx.execute(addMembersRequest(inboxId, userIds));
  }

  /**
   * Asynchronous {@link #addMembers}: adds agents to an inbox.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/inbox_members} (add-new-agent-to-inbox).
   *
   * @param inboxId the inbox id
   * @param userIds the agents' user ids, not empty
   * @return a future completed with the inbox's agents after the change, or with the exceptions
   *     {@link #addMembers} throws
   */
  public CompletableFuture<List<Agent>> addMembersAsync(long inboxId, List<Long> userIds) {
    return ctx.executeAsync(addMembersRequest(inboxId, userIds));
  }

  private ApiRequest<List<Agent>> addMembersRequest(long inboxId, List<Long> userIds) {
    return ApiRequest.<List<Agent>>builder("POST", ServiceContext.ACCOUNT + "/inbox_members", ctx.accountId)
        .jsonBody(membersBody(inboxId, userIds))
        .decoder(ServiceContext.under(ServiceContext.listOf(Agent.class), "payload"))
        .build();
  }

  /**
   * Replaces an inbox's members with exactly these agents.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/inbox_members} (update-agents-in-inbox).
   *
   * @param inboxId the inbox id
   * @param userIds the agents' user ids, not empty
   * @return the inbox's agents after the change
   * @throws IllegalArgumentException when {@code userIds} is empty
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> updateMembers(long inboxId, List<Long> userIds) {
    return ctx.execute(updateMembersRequest(inboxId, userIds));
  }

  /**
   * Asynchronous {@link #updateMembers}: replaces an inbox's members with exactly these agents.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/inbox_members} (update-agents-in-inbox).
   *
   * @param inboxId the inbox id
   * @param userIds the agents' user ids, not empty
   * @return a future completed with the inbox's agents after the change, or with the exceptions
   *     {@link #updateMembers} throws
   */
  public CompletableFuture<List<Agent>> updateMembersAsync(long inboxId, List<Long> userIds) {
    return ctx.executeAsync(updateMembersRequest(inboxId, userIds));
  }

  private ApiRequest<List<Agent>> updateMembersRequest(long inboxId, List<Long> userIds) {
    return ApiRequest.<List<Agent>>builder("PATCH", ServiceContext.ACCOUNT + "/inbox_members", ctx.accountId)
        .jsonBody(membersBody(inboxId, userIds))
        .decoder(ServiceContext.under(ServiceContext.listOf(Agent.class), "payload"))
        .build();
  }

  /**
   * Removes agents from an inbox (a DELETE with a JSON body).
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/inbox_members} (delete-agent-in-inbox).
   *
   * @param inboxId the inbox id
   * @param userIds the agents' user ids, not empty
   * @throws IllegalArgumentException when {@code userIds} is empty
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void removeMembers(long inboxId, List<Long> userIds) {
    ctx.execute(removeMembersRequest(inboxId, userIds));
  }

  /**
   * Asynchronous {@link #removeMembers}: removes agents from an inbox (a DELETE with a JSON body).
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/inbox_members} (delete-agent-in-inbox).
   *
   * @param inboxId the inbox id
   * @param userIds the agents' user ids, not empty
   * @return a future completed with null, or with the exceptions
   *     {@link #removeMembers} throws
   */
  public CompletableFuture<Void> removeMembersAsync(long inboxId, List<Long> userIds) {
    return ctx.executeAsync(removeMembersRequest(inboxId, userIds));
  }

  private ApiRequest<Void> removeMembersRequest(long inboxId, List<Long> userIds) {
    return ApiRequest.<Void>builder("DELETE", ServiceContext.ACCOUNT + "/inbox_members", ctx.accountId)
        .jsonBody(membersBody(inboxId, userIds))
        .decoder(ResponseDecoder.discard())
        .build();
  }
}
