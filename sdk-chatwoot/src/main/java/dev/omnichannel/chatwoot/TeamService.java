package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.Team;
import dev.omnichannel.chatwoot.model.TeamParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The account's teams and their members ({@code /api/v1/accounts/{account_id}/teams}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class TeamService {

  private final ServiceContext ctx;
  private final ResourceRequests<Team> requests;

  TeamService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(Team.class, ServiceContext.ACCOUNT + "/teams", ctx.accountId);
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public TeamService withRequestOptions(RequestOptions options) {
    return new TeamService(ctx.with(options));
  }

  /**
   * Lists the account's teams (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/teams} (list-all-teams).
   *
   * @return the teams
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Team> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the account's teams (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/teams} (list-all-teams).
   *
   * @return a future completed with the teams, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<Team>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<Team>> listRequest() {
    return requests.list();
  }

  /**
   * Creates a team.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/teams} (create-a-team).
   *
   * @param params the team's fields
   * @return the new team
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Team create(TeamParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a team.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/teams} (create-a-team).
   *
   * @param params the team's fields
   * @return a future completed with the new team, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Team> createAsync(TeamParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<Team> createRequest(TeamParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one team.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/teams/{id}} (get-details-of-a-single-team).
   *
   * @param teamId the team id
   * @return the team
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Team retrieve(long teamId) {
    return ctx.execute(retrieveRequest(teamId));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one team.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/teams/{id}} (get-details-of-a-single-team).
   *
   * @param teamId the team id
   * @return a future completed with the team, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<Team> retrieveAsync(long teamId) {
    return ctx.executeAsync(retrieveRequest(teamId));
  }

  private ApiRequest<Team> retrieveRequest(long teamId) {
    return requests.retrieve(teamId);
  }

  /**
   * Updates a team.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/teams/{id}} (update-a-team).
   *
   * @param teamId the team id
   * @param params the fields to change
   * @return the updated team
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Team update(long teamId, TeamParams params) {
    return ctx.execute(updateRequest(teamId, params));
  }

  /**
   * Asynchronous {@link #update}: updates a team.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/teams/{id}} (update-a-team).
   *
   * @param teamId the team id
   * @param params the fields to change
   * @return a future completed with the updated team, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Team> updateAsync(long teamId, TeamParams params) {
    return ctx.executeAsync(updateRequest(teamId, params));
  }

  private ApiRequest<Team> updateRequest(long teamId, TeamParams params) {
    return requests.update(teamId, params);
  }

  /**
   * Deletes a team.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/teams/{id}} (delete-a-team).
   *
   * @param teamId the team id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long teamId) {
    ctx.execute(deleteRequest(teamId));
  }

  /**
   * Asynchronous {@link #delete}: deletes a team.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/teams/{id}} (delete-a-team).
   *
   * @param teamId the team id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long teamId) {
    return ctx.executeAsync(deleteRequest(teamId));
  }

  private ApiRequest<Void> deleteRequest(long teamId) {
    return requests.delete(teamId);
  }

  /**
   * Lists the agents in a team.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/teams/{id}/team_members} (get-team-members).
   *
   * @param teamId the team id
   * @return the team's agents
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> listMembers(long teamId) {
    return ctx.execute(listMembersRequest(teamId));
  }

  /**
   * Asynchronous {@link #listMembers}: lists the agents in a team.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/teams/{id}/team_members} (get-team-members).
   *
   * @param teamId the team id
   * @return a future completed with the team's agents, or with the exceptions
   *     {@link #listMembers} throws
   */
  public CompletableFuture<List<Agent>> listMembersAsync(long teamId) {
    return ctx.executeAsync(listMembersRequest(teamId));
  }

  private ApiRequest<List<Agent>> listMembersRequest(long teamId) {
    return ApiRequest.<List<Agent>>builder("GET", ServiceContext.ACCOUNT + "/teams/{}/team_members", ctx.accountId, teamId)
        .responseType(ServiceContext.listOf(Agent.class))
        .build();
  }

  /**
   * Adds agents to a team.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/teams/{id}/team_members} (add-new-agent-to-team).
   *
   * @param teamId the team id
   * @param userIds the agents' user ids
   * @return the agents added
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> addMembers(long teamId, List<Long> userIds) {
    return ctx.execute(addMembersRequest(teamId, userIds));
  }

  /**
   * Asynchronous {@link #addMembers}: adds agents to a team.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/teams/{id}/team_members} (add-new-agent-to-team).
   *
   * @param teamId the team id
   * @param userIds the agents' user ids
   * @return a future completed with the agents added, or with the exceptions
   *     {@link #addMembers} throws
   */
  public CompletableFuture<List<Agent>> addMembersAsync(long teamId, List<Long> userIds) {
    return ctx.executeAsync(addMembersRequest(teamId, userIds));
  }

  private ApiRequest<List<Agent>> addMembersRequest(long teamId, List<Long> userIds) {
    return ApiRequest.<List<Agent>>builder("POST", ServiceContext.ACCOUNT + "/teams/{}/team_members", ctx.accountId, teamId)
        .jsonBody(Map.of("user_ids", List.copyOf(userIds)))
        .responseType(ServiceContext.listOf(Agent.class))
        .build();
  }

  /**
   * Replaces a team's members with exactly these agents.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/teams/{id}/team_members} (update-agents-in-team).
   *
   * @param teamId the team id
   * @param userIds the agents' user ids
   * @return the team's agents afterwards
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Agent> updateMembers(long teamId, List<Long> userIds) {
    return ctx.execute(updateMembersRequest(teamId, userIds));
  }

  /**
   * Asynchronous {@link #updateMembers}: replaces a team's members with exactly these agents.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/teams/{id}/team_members} (update-agents-in-team).
   *
   * @param teamId the team id
   * @param userIds the agents' user ids
   * @return a future completed with the team's agents afterwards, or with the exceptions
   *     {@link #updateMembers} throws
   */
  public CompletableFuture<List<Agent>> updateMembersAsync(long teamId, List<Long> userIds) {
    return ctx.executeAsync(updateMembersRequest(teamId, userIds));
  }

  private ApiRequest<List<Agent>> updateMembersRequest(long teamId, List<Long> userIds) {
    return ApiRequest.<List<Agent>>builder("PATCH", ServiceContext.ACCOUNT + "/teams/{}/team_members", ctx.accountId, teamId)
        .jsonBody(Map.of("user_ids", List.copyOf(userIds)))
        .responseType(ServiceContext.listOf(Agent.class))
        .build();
  }

  /**
   * Removes agents from a team.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/teams/{id}/team_members} (delete-agent-in-team).
   *
   * @param teamId the team id
   * @param userIds the agents' user ids
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void removeMembers(long teamId, List<Long> userIds) {
    ctx.execute(removeMembersRequest(teamId, userIds));
  }

  /**
   * Asynchronous {@link #removeMembers}: removes agents from a team.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/teams/{id}/team_members} (delete-agent-in-team).
   *
   * @param teamId the team id
   * @param userIds the agents' user ids
   * @return a future completed with null, or with the exceptions
   *     {@link #removeMembers} throws
   */
  public CompletableFuture<Void> removeMembersAsync(long teamId, List<Long> userIds) {
    return ctx.executeAsync(removeMembersRequest(teamId, userIds));
  }

  private ApiRequest<Void> removeMembersRequest(long teamId, List<Long> userIds) {
    return ApiRequest.<Void>builder("DELETE", ServiceContext.ACCOUNT + "/teams/{}/team_members", ctx.accountId, teamId)
        .jsonBody(Map.of("user_ids", List.copyOf(userIds)))
        .decoder(ResponseDecoder.discard())
        .build();
  }
}
