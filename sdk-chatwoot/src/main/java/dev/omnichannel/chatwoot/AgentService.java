package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.AgentCreateParams;
import dev.omnichannel.chatwoot.model.AgentUpdateParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's agents ({@code /api/v1/accounts/{account_id}/agents}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class AgentService {

  private final ServiceContext ctx;
  private final ResourceRequests<Agent> requests;

  AgentService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(Agent.class, ServiceContext.ACCOUNT + "/agents", ctx.accountId);
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public AgentService withRequestOptions(RequestOptions options) {
    return new AgentService(ctx.with(options));
  }

  /**
   * Lists the account's agents (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/agents} (get-account-agents).
   *
   * @return the agents
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the account's agents (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/agents} (get-account-agents).
   *
   * @return a future completed with the agents, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<Agent>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<Agent>> listRequest() {
    return requests.list();
  }

  /**
   * Adds an agent to the account; Chatwoot emails them an invitation.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/agents} (add-new-agent-to-account).
   *
   * @param params the agent's name, email and role
   * @return the new agent
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Agent create(AgentCreateParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: adds an agent to the account; Chatwoot emails them an invitation.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/agents} (add-new-agent-to-account).
   *
   * @param params the agent's name, email and role
   * @return a future completed with the new agent, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Agent> createAsync(AgentCreateParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<Agent> createRequest(AgentCreateParams params) {
    return requests.create(params);
  }

  /**
   * Changes an agent's role or availability.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/agents/{id}} (update-agent-in-account).
   *
   * @param id the agent (user) id
   * @param params the fields to change
   * @return the updated agent
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Agent update(long id, AgentUpdateParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: changes an agent's role or availability.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/agents/{id}} (update-agent-in-account).
   *
   * @param id the agent (user) id
   * @param params the fields to change
   * @return a future completed with the updated agent, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Agent> updateAsync(long id, AgentUpdateParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<Agent> updateRequest(long id, AgentUpdateParams params) {
    return requests.update(id, params);
  }

  /**
   * Removes an agent from the account.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/agents/{id}} (delete-agent-from-account).
   *
   * @param id the agent (user) id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: removes an agent from the account.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/agents/{id}} (delete-agent-from-account).
   *
   * @param id the agent (user) id
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
