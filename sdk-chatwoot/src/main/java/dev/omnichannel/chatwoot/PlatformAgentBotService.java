package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.PlatformAgentBotParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Platform API agent bots ({@code /platform/api/v1/agent_bots}). Retrieve, update and delete reach
 * only bots the platform app created or was granted; others answer 401 "Non permissible resource".
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPlatformClient}; thread-safe.
 */
public final class PlatformAgentBotService {

  private final ServiceContext ctx;
  private final ResourceRequests<AgentBot> requests;

  PlatformAgentBotService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(AgentBot.class, ChatwootPlatformClient.PLATFORM + "/agent_bots");
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the derived service
   */
  public PlatformAgentBotService withRequestOptions(RequestOptions options) {
    return new PlatformAgentBotService(ctx.with(Objects.requireNonNull(options, "options")));
  }

  /**
   * Lists the agent bots the platform app may see (not paged).
   *
   * <p>Endpoint: {@code GET /platform/api/v1/agent_bots} (list-all-agent-bots).
   *
   * @return the agent bots
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<AgentBot> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the agent bots the platform app may see (not paged).
   *
   * <p>Endpoint: {@code GET /platform/api/v1/agent_bots} (list-all-agent-bots).
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
   * Creates an agent bot, global or bound to an account.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/agent_bots} (create-an-agent-bot).
   *
   * @param params the bot's fields
   * @return the new agent bot
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot create(PlatformAgentBotParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates an agent bot, global or bound to an account.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/agent_bots} (create-an-agent-bot).
   *
   * @param params the bot's fields
   * @return a future completed with the new agent bot, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<AgentBot> createAsync(PlatformAgentBotParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<AgentBot> createRequest(PlatformAgentBotParams params) {
    return requests.create(params);
  }

  /**
   * Fetches an agent bot.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/agent_bots/{id}} (get-details-of-a-single-agent-bot).
   *
   * @param id the agent bot id
   * @return the agent bot
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches an agent bot.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/agent_bots/{id}} (get-details-of-a-single-agent-bot).
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
   * <p>Endpoint: {@code PATCH /platform/api/v1/agent_bots/{id}} (update-an-agent-bot).
   *
   * @param id the agent bot id
   * @param params the fields to change
   * @return the updated agent bot
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AgentBot update(long id, PlatformAgentBotParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates an agent bot.
   *
   * <p>Endpoint: {@code PATCH /platform/api/v1/agent_bots/{id}} (update-an-agent-bot).
   *
   * @param id the agent bot id
   * @param params the fields to change
   * @return a future completed with the updated agent bot, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<AgentBot> updateAsync(long id, PlatformAgentBotParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<AgentBot> updateRequest(long id, PlatformAgentBotParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes an agent bot.
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/agent_bots/{id}} (delete-an-agent-bot).
   *
   * @param id the agent bot id
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes an agent bot.
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/agent_bots/{id}} (delete-an-agent-bot).
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
