package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.AgentBotParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's agent bots ({@code /api/v1/accounts/{account_id}/agent_bots}): bots that answer
 * conversations through a webhook ({@code outgoing_url}). Needs an administrator's token.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class AgentBotService {

  private final ServiceContext ctx;
  private final ResourceRequests<AgentBot> requests;

  AgentBotService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(AgentBot.class, ServiceContext.ACCOUNT + "/agent_bots", ctx.accountId);
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the view; this service is unchanged
   */
  public AgentBotService withRequestOptions(RequestOptions options) {
    return new AgentBotService(ctx.with(options));
  }

  /**
   * Lists the agent bots the account can use: its own and the installation's global (system) bots (a bare array, not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/agent_bots} (list-all-account-agent-bots).
   *
   * @return the agent bots
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<AgentBot> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the agent bots the account can use: its own and the installation's global (system) bots (a bare array, not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/agent_bots} (list-all-account-agent-bots).
   *
   * @return a future completed with the agent bots, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<AgentBot>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<AgentBot>> listRequest() {
    return requests.list();
  }

  /**
   * Creates an agent bot.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/agent_bots} (create-an-account-agent-bot).
   *
   * @param params the agent bot's fields
   * @return the new agent bot
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot create(AgentBotParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates an agent bot.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/agent_bots} (create-an-account-agent-bot).
   *
   * @param params the agent bot's fields
   * @return a future completed with the new agent bot, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<AgentBot> createAsync(AgentBotParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<AgentBot> createRequest(AgentBotParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one agent bot (the account's own or a global one).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/agent_bots/{id}} (get-details-of-a-single-account-agent-bot).
   *
   * @param id the agent bot id
   * @return the agent bot
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one agent bot (the account's own or a global one).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/agent_bots/{id}} (get-details-of-a-single-account-agent-bot).
   *
   * @param id the agent bot id
   * @return a future completed with the agent bot, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<AgentBot> retrieveAsync(long id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<AgentBot> retrieveRequest(long id) {
    return requests.retrieve(id);
  }

  /**
   * Updates an agent bot.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/agent_bots/{id}} (update-an-account-agent-bot).
   *
   * @param id the agent bot id
   * @param params the fields to change
   * @return the updated agent bot
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot update(long id, AgentBotParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates an agent bot.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/agent_bots/{id}} (update-an-account-agent-bot).
   *
   * @param id the agent bot id
   * @param params the fields to change
   * @return a future completed with the updated agent bot, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<AgentBot> updateAsync(long id, AgentBotParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<AgentBot> updateRequest(long id, AgentBotParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes an agent bot.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/agent_bots/{id}} (delete-an-account-agent-bot).
   *
   * @param id the agent bot id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes an agent bot.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/agent_bots/{id}} (delete-an-account-agent-bot).
   *
   * @param id the agent bot id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long id) {
    return ctx.executeAsync(deleteRequest(id));
  }

  private ApiRequest<Void> deleteRequest(long id) {
    return requests.delete(id);
  }
}
