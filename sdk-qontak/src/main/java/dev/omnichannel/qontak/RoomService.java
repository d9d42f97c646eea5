package dev.omnichannel.qontak;

import com.squareup.moshi.Types;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.Room;
import dev.omnichannel.qontak.model.RoomAgentListParams;
import dev.omnichannel.qontak.model.RoomAssignAnotherAgentParams;
import dev.omnichannel.qontak.model.RoomAutoResolveParams;
import dev.omnichannel.qontak.model.RoomExpiredCounts;
import dev.omnichannel.qontak.model.RoomInfo;
import dev.omnichannel.qontak.model.RoomInfoParams;
import dev.omnichannel.qontak.model.RoomListParams;
import dev.omnichannel.qontak.model.RoomParticipant;
import dev.omnichannel.qontak.model.RoomRenameParams;
import dev.omnichannel.qontak.model.RoomTagParams;
import dev.omnichannel.qontak.model.User;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Rooms (conversations): listing and searching, details, counters, participants, history,
 * assignment (assign, unassign, take over, round robin, hand over), tags, renaming, read marks
 * and resolution. Several calls are limited to admins and supervisors by Qontak.
 */
public final class RoomService {

  private final ServiceContext ctx;

  RoomService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options (timeouts, retries, headers) for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public RoomService withRequestOptions(RequestOptions options) {
    return new RoomService(ctx.with(options));
  }

  /**
   * Lists or searches rooms ({@code GET /rooms}), newest activity first.
   *
   * @param params filters and paging, usually a {@link RoomListParams}
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<Room> list(ListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Async {@link #list}.
   *
   * @param params filters and paging, usually a {@link RoomListParams}
   * @return one page with its pagination
   */
  public CompletableFuture<QontakList<Room>> listAsync(ListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  /**
   * Every item of {@link #list}, page after page by cursor, fetched lazily.
   *
   * @param params filters and paging, usually a {@link RoomListParams}
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<Room> listAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listRequest);
  }

  private ApiRequest<QontakList<Room>> listRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<Room>>request("GET", "/rooms"), params)
        .decoder(ServiceContext.list(Room.class))
        .build();
  }

  /**
   * One room ({@code GET /rooms/{id}}).
   *
   * @param roomId the room id
   * @return the room
   * @throws ApiException when Qontak answers with an error ({@code NotFoundException} for an unknown id)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Room retrieve(String roomId) {
    return ctx.execute(retrieveRequest(roomId));
  }

  /**
   * Async {@link #retrieve}.
   *
   * @param roomId the room id
   * @return the room
   */
  public CompletableFuture<Room> retrieveAsync(String roomId) {
    return ctx.executeAsync(retrieveRequest(roomId));
  }

  private ApiRequest<Room> retrieveRequest(String roomId) {
    Objects.requireNonNull(roomId, "roomId");
    return ctx.<Room>request("GET", "/rooms/{}", roomId)
        .decoder(ServiceContext.data(Room.class))
        .build();
  }

  /**
   * How many rooms have an expired session window, per channel ({@code GET /rooms/list/expired}).
   *
   * @param params room filters, usually a {@link RoomListParams}; null for none
   * @return the counts per channel code
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public RoomExpiredCounts expiredCounts(ListParams params) {
    return ctx.execute(expiredCountsRequest(params));
  }

  /**
   * Async {@link #expiredCounts}.
   *
   * @param params room filters, usually a {@link RoomListParams}; null for none
   * @return the counts per channel code
   */
  public CompletableFuture<RoomExpiredCounts> expiredCountsAsync(ListParams params) {
    return ctx.executeAsync(expiredCountsRequest(params));
  }

  private ApiRequest<RoomExpiredCounts> expiredCountsRequest(ListParams params) {
    return ServiceContext.query(ctx.<RoomExpiredCounts>request("GET", "/rooms/list/expired"), params)
        .decoder(ServiceContext.data(RoomExpiredCounts.class))
        .build();
  }

  /**
   * One room counter: unassigned rooms, unread messages or unassigned rooms of the caller's divisions ({@code GET /rooms/specific/info}).
   *
   * @param params the counter ({@code target}) and filters
   * @return the counter
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException} "target is missing" for a bad target)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public RoomInfo specificInfo(RoomInfoParams params) {
    return ctx.execute(specificInfoRequest(params));
  }

  /**
   * Async {@link #specificInfo}.
   *
   * @param params the counter ({@code target}) and filters
   * @return the counter
   */
  public CompletableFuture<RoomInfo> specificInfoAsync(RoomInfoParams params) {
    return ctx.executeAsync(specificInfoRequest(params));
  }

  private ApiRequest<RoomInfo> specificInfoRequest(RoomInfoParams params) {
    Objects.requireNonNull(params, "params");
    return ServiceContext.query(ctx.<RoomInfo>request("GET", "/rooms/specific/info"), params)
        .decoder(ServiceContext.data(RoomInfo.class))
        .build();
  }

  /**
   * The participants of a room: agents, the customer, bots ({@code GET /rooms/{id}/participants}).
   *
   * @param roomId the room id
   * @return the participants
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public List<RoomParticipant> participants(String roomId) {
    return ctx.execute(participantsRequest(roomId));
  }

  /**
   * Async {@link #participants}.
   *
   * @param roomId the room id
   * @return the participants
   */
  public CompletableFuture<List<RoomParticipant>> participantsAsync(String roomId) {
    return ctx.executeAsync(participantsRequest(roomId));
  }

  private ApiRequest<List<RoomParticipant>> participantsRequest(String roomId) {
    Objects.requireNonNull(roomId, "roomId");
    return ctx.<List<RoomParticipant>>request("GET", "/rooms/{}/participants", roomId)
        .decoder(ServiceContext.data(ServiceContext.listOf(RoomParticipant.class)))
        .build();
  }

  /**
   * The room's earlier sessions ({@code GET /rooms/{id}/histories}).
   *
   * @param roomId the room id
   * @param params {@code query}, {@code offset}, {@code limit}; null for none
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<Room> histories(String roomId, ListParams params) {
    return ctx.execute(historiesRequest(roomId, params));
  }

  /**
   * Async {@link #histories}.
   *
   * @param roomId the room id
   * @param params {@code query}, {@code offset}, {@code limit}; null for none
   * @return one page with its pagination
   */
  public CompletableFuture<QontakList<Room>> historiesAsync(String roomId, ListParams params) {
    return ctx.executeAsync(historiesRequest(roomId, params));
  }

  /**
   * Every item of {@link #histories}, page after page by cursor, fetched lazily.
   *
   * @param roomId the room id
   * @param params {@code query}, {@code offset}, {@code limit}; null for none
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<Room> historiesAutoPaging(String roomId, ListParams params) {
    return ctx.autoPage(params, p -> historiesRequest(roomId, p));
  }

  private ApiRequest<QontakList<Room>> historiesRequest(String roomId, ListParams params) {
    Objects.requireNonNull(roomId, "roomId");
    return ServiceContext.query(ctx.<QontakList<Room>>request("GET", "/rooms/{}/histories", roomId), params)
        .decoder(ServiceContext.list(Room.class))
        .build();
  }

  /**
   * Agents the room can be assigned to ({@code GET /rooms/{id}/agents/assignable}).
   *
   * @param roomId the room id
   * @param params filters, usually a {@link RoomAgentListParams} (e.g. {@code is_online}); null for none
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<User> assignableAgents(String roomId, ListParams params) {
    return ctx.execute(assignableAgentsRequest(roomId, params));
  }

  /**
   * Async {@link #assignableAgents}.
   *
   * @param roomId the room id
   * @param params filters, usually a {@link RoomAgentListParams} (e.g. {@code is_online}); null for none
   * @return one page with its pagination
   */
  public CompletableFuture<QontakList<User>> assignableAgentsAsync(String roomId, ListParams params) {
    return ctx.executeAsync(assignableAgentsRequest(roomId, params));
  }

  /**
   * Every item of {@link #assignableAgents}, page after page by cursor, fetched lazily.
   *
   * @param roomId the room id
   * @param params filters, usually a {@link RoomAgentListParams} (e.g. {@code is_online}); null for none
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<User> assignableAgentsAutoPaging(String roomId, ListParams params) {
    return ctx.autoPage(params, p -> assignableAgentsRequest(roomId, p));
  }

  private ApiRequest<QontakList<User>> assignableAgentsRequest(String roomId, ListParams params) {
    Objects.requireNonNull(roomId, "roomId");
    return ServiceContext.query(ctx.<QontakList<User>>request("GET", "/rooms/{}/agents/assignable", roomId), params)
        .decoder(ServiceContext.list(User.class))
        .build();
  }

  /**
   * Switches automatic resolution off or on for one room ({@code PUT /rooms/{id}/auto_resolve}); admin and supervisor only.
   *
   * @param roomId the room id
   * @param params {@code is_dont_auto_resolve}
   * @return the room as updated (a shorter room object than {@link #retrieve})
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Room setAutoResolve(String roomId, RoomAutoResolveParams params) {
    return ctx.execute(setAutoResolveRequest(roomId, params));
  }

  /**
   * Async {@link #setAutoResolve}.
   *
   * @param roomId the room id
   * @param params {@code is_dont_auto_resolve}
   * @return the room as updated (a shorter room object than {@link #retrieve})
   */
  public CompletableFuture<Room> setAutoResolveAsync(String roomId, RoomAutoResolveParams params) {
    return ctx.executeAsync(setAutoResolveRequest(roomId, params));
  }

  private ApiRequest<Room> setAutoResolveRequest(String roomId, RoomAutoResolveParams params) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(params, "params");
    return ctx.<Room>request("PUT", "/rooms/{}/auto_resolve", roomId)
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Room.class))
        .build();
  }

  /**
   * Marks every message in the room as read ({@code PUT /rooms/{id}/mark_all_as_read}); Qontak answers {@code {"status":"success"}}.
   *
   * @param roomId the room id
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public void markAllAsRead(String roomId) {
    ctx.execute(markAllAsReadRequest(roomId));
  }

  /**
   * Async {@link #markAllAsRead}.
   *
   * @param roomId the room id
   * @return a future completed with null
   */
  public CompletableFuture<Void> markAllAsReadAsync(String roomId) {
    return ctx.executeAsync(markAllAsReadRequest(roomId));
  }

  private ApiRequest<Void> markAllAsReadRequest(String roomId) {
    Objects.requireNonNull(roomId, "roomId");
    return ctx.<Void>request("PUT", "/rooms/{}/mark_all_as_read", roomId)
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Renames a room ({@code PUT /rooms/{id}}).
   *
   * @param roomId the room id
   * @param params the new {@code name}
   * @return {@code true}: Qontak's answer is a bare boolean in {@code data}
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException} "name is missing")
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Boolean rename(String roomId, RoomRenameParams params) {
    return ctx.execute(renameRequest(roomId, params));
  }

  /**
   * Async {@link #rename}.
   *
   * @param roomId the room id
   * @param params the new {@code name}
   * @return {@code true}: Qontak's answer is a bare boolean in {@code data}
   */
  public CompletableFuture<Boolean> renameAsync(String roomId, RoomRenameParams params) {
    return ctx.executeAsync(renameRequest(roomId, params));
  }

  private ApiRequest<Boolean> renameRequest(String roomId, RoomRenameParams params) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(params, "params");
    return ctx.<Boolean>request("PUT", "/rooms/{}", roomId)
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Boolean.class))
        .build();
  }

  /**
   * Resolves every room whose session window expired, in the background ({@code PUT /rooms/resolve_expired}).
   *
   * @return Qontak's message, e.g. {@code Resolve expired room is on progress, please wait}
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public String resolveExpired() {
    return ctx.execute(resolveExpiredRequest());
  }

  /**
   * Async {@link #resolveExpired}.
   *
   * @return Qontak's message, e.g. {@code Resolve expired room is on progress, please wait}
   */
  public CompletableFuture<String> resolveExpiredAsync() {
    return ctx.executeAsync(resolveExpiredRequest());
  }

  private ApiRequest<String> resolveExpiredRequest() {
    return ctx.<String>request("PUT", "/rooms/resolve_expired")
        .decoder(ServiceContext.data(String.class))
        .build();
  }

  /**
   * Marks a room resolved ({@code PUT /rooms/{id}/resolve}).
   *
   * @param roomId the room id
   * @return Qontak's message (a bare string in {@code data})
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public String resolve(String roomId) {
    return ctx.execute(resolveRequest(roomId));
  }

  /**
   * Async {@link #resolve}.
   *
   * @param roomId the room id
   * @return Qontak's message (a bare string in {@code data})
   */
  public CompletableFuture<String> resolveAsync(String roomId) {
    return ctx.executeAsync(resolveRequest(roomId));
  }

  private ApiRequest<String> resolveRequest(String roomId) {
    Objects.requireNonNull(roomId, "roomId");
    return ctx.<String>request("PUT", "/rooms/{}/resolve", roomId)
        .decoder(ServiceContext.data(String.class))
        .build();
  }

  /**
   * Lets agents assign rooms to other agents, or stops them ({@code PUT /rooms/agent_assign_another_agent}); an organisation setting.
   *
   * @param params {@code enabled}
   * @return the organisation's settings after the change (e.g. {@code agent_can_assign_agent}, webhook settings, limits), as free-form JSON
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Map<String, Object> setAgentCanAssignAnotherAgent(RoomAssignAnotherAgentParams params) {
    return ctx.execute(setAgentCanAssignAnotherAgentRequest(params));
  }

  /**
   * Async {@link #setAgentCanAssignAnotherAgent}.
   *
   * @param params {@code enabled}
   * @return the organisation's settings after the change (e.g. {@code agent_can_assign_agent}, webhook settings, limits), as free-form JSON
   */
  public CompletableFuture<Map<String, Object>> setAgentCanAssignAnotherAgentAsync(RoomAssignAnotherAgentParams params) {
    return ctx.executeAsync(setAgentCanAssignAnotherAgentRequest(params));
  }

  private ApiRequest<Map<String, Object>> setAgentCanAssignAnotherAgentRequest(RoomAssignAnotherAgentParams params) {
    Objects.requireNonNull(params, "params");
    return ctx.<Map<String, Object>>request("PUT", "/rooms/agent_assign_another_agent")
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Types.newParameterizedType(Map.class, String.class, Object.class)))
        .build();
  }

  /**
   * The calling agent takes the next waiting room ({@code POST /rooms/auto_takeover}).
   *
   * @return Qontak's message, e.g. {@code Successfully get room}
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public String autoTakeover() {
    return ctx.execute(autoTakeoverRequest());
  }

  /**
   * Async {@link #autoTakeover}.
   *
   * @return Qontak's message, e.g. {@code Successfully get room}
   */
  public CompletableFuture<String> autoTakeoverAsync() {
    return ctx.executeAsync(autoTakeoverRequest());
  }

  private ApiRequest<String> autoTakeoverRequest() {
    return ctx.<String>request("POST", "/rooms/auto_takeover")
        .decoder(ServiceContext.data(String.class))
        .build();
  }

  /**
   * Assigns an agent to a room ({@code POST /rooms/{room_id}/agents/{user_id}}); answered with 201.
   *
   * @param roomId the room id
   * @param userId the agent's user id
   * @return the agent's new participant
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException} "User who determined as agent was not found" for an unknown user)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public RoomParticipant assignAgent(String roomId, String userId) {
    return ctx.execute(assignAgentRequest(roomId, userId));
  }

  /**
   * Async {@link #assignAgent}.
   *
   * @param roomId the room id
   * @param userId the agent's user id
   * @return the agent's new participant
   */
  public CompletableFuture<RoomParticipant> assignAgentAsync(String roomId, String userId) {
    return ctx.executeAsync(assignAgentRequest(roomId, userId));
  }

  private ApiRequest<RoomParticipant> assignAgentRequest(String roomId, String userId) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(userId, "userId");
    return ctx.<RoomParticipant>request("POST", "/rooms/{}/agents/{}", roomId, userId)
        .decoder(ServiceContext.data(RoomParticipant.class))
        .build();
  }

  /**
   * Removes an agent from a room ({@code DELETE /rooms/{room_id}/agents/{user_id}}).
   *
   * @param roomId the room id
   * @param userId the agent's user id
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException} when the room is not assigned or the agent is not in it)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public void unassignAgent(String roomId, String userId) {
    ctx.execute(unassignAgentRequest(roomId, userId));
  }

  /**
   * Async {@link #unassignAgent}.
   *
   * @param roomId the room id
   * @param userId the agent's user id
   * @return a future completed with null
   */
  public CompletableFuture<Void> unassignAgentAsync(String roomId, String userId) {
    return ctx.executeAsync(unassignAgentRequest(roomId, userId));
  }

  private ApiRequest<Void> unassignAgentRequest(String roomId, String userId) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(userId, "userId");
    return ctx.<Void>request("DELETE", "/rooms/{}/agents/{}", roomId, userId)
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Tags a room ({@code POST /rooms/{id}/tags}, JSON {@code {"tag": ...}}); answered with 201.
   *
   * @param roomId the room id
   * @param params the {@code tag}
   * @return the room with its {@code tags}
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Room addTag(String roomId, RoomTagParams params) {
    return ctx.execute(addTagRequest(roomId, params));
  }

  /**
   * Async {@link #addTag}.
   *
   * @param roomId the room id
   * @param params the {@code tag}
   * @return the room with its {@code tags}
   */
  public CompletableFuture<Room> addTagAsync(String roomId, RoomTagParams params) {
    return ctx.executeAsync(addTagRequest(roomId, params));
  }

  private ApiRequest<Room> addTagRequest(String roomId, RoomTagParams params) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(params, "params");
    return ctx.<Room>request("POST", "/rooms/{}/tags", roomId)
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Room.class))
        .build();
  }

  /**
   * Removes a tag from a room ({@code DELETE /rooms/{id}/tags}).
   *
   * <p>The request body {@code {"tag": ...}} is inferred from {@link #addTag}: Qontak's spec shows no body for this call.
   *
   * @param roomId the room id
   * @param params the {@code tag}
   * @return the room with its remaining {@code tags}
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Room removeTag(String roomId, RoomTagParams params) {
    return ctx.execute(removeTagRequest(roomId, params));
  }

  /**
   * Async {@link #removeTag}.
   *
   * @param roomId the room id
   * @param params the {@code tag}
   * @return the room with its remaining {@code tags}
   */
  public CompletableFuture<Room> removeTagAsync(String roomId, RoomTagParams params) {
    return ctx.executeAsync(removeTagRequest(roomId, params));
  }

  private ApiRequest<Room> removeTagRequest(String roomId, RoomTagParams params) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(params, "params");
    return ctx.<Room>request("DELETE", "/rooms/{}/tags", roomId)
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Room.class))
        .build();
  }

  /**
   * The calling agent takes over a room ({@code POST /rooms/{id}/takeover}); answered with 201.
   *
   * @param roomId the room id
   * @return the caller's new participant
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException} "This room already assigned")
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public RoomParticipant takeover(String roomId) {
    return ctx.execute(takeoverRequest(roomId));
  }

  /**
   * Async {@link #takeover}.
   *
   * @param roomId the room id
   * @return the caller's new participant
   */
  public CompletableFuture<RoomParticipant> takeoverAsync(String roomId) {
    return ctx.executeAsync(takeoverRequest(roomId));
  }

  private ApiRequest<RoomParticipant> takeoverRequest(String roomId) {
    Objects.requireNonNull(roomId, "roomId");
    return ctx.<RoomParticipant>request("POST", "/rooms/{}/takeover", roomId)
        .decoder(ServiceContext.data(RoomParticipant.class))
        .build();
  }

  /**
   * Assigns the room to the next agent by round robin, as a bot would ({@code POST /rooms/{id}/assign_round_robin}); answered with 201.
   *
   * @param roomId the room id
   * @return the chosen agent's participant
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException} "room already assigned" or "CAA must active")
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public RoomParticipant assignRoundRobin(String roomId) {
    return ctx.execute(assignRoundRobinRequest(roomId));
  }

  /**
   * Async {@link #assignRoundRobin}.
   *
   * @param roomId the room id
   * @return the chosen agent's participant
   */
  public CompletableFuture<RoomParticipant> assignRoundRobinAsync(String roomId) {
    return ctx.executeAsync(assignRoundRobinRequest(roomId));
  }

  private ApiRequest<RoomParticipant> assignRoundRobinRequest(String roomId) {
    Objects.requireNonNull(roomId, "roomId");
    return ctx.<RoomParticipant>request("POST", "/rooms/{}/assign_round_robin", roomId)
        .decoder(ServiceContext.data(RoomParticipant.class))
        .build();
  }

  /**
   * Hands a room over to another agent ({@code POST /rooms/{room_id}/handover/{user_id}}).
   *
   * <p>Known only from community integrations; not in Qontak's docs. Unverified: treat as beta.
   *
   * @param roomId the room id
   * @param userId the agent's user id
   * @return {@code data} as free-form JSON (its shape is not documented anywhere public)
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Object handover(String roomId, String userId) {
    return ctx.execute(handoverRequest(roomId, userId));
  }

  /**
   * Async {@link #handover}.
   *
   * @param roomId the room id
   * @param userId the agent's user id
   * @return {@code data} as free-form JSON (its shape is not documented anywhere public)
   */
  public CompletableFuture<Object> handoverAsync(String roomId, String userId) {
    return ctx.executeAsync(handoverRequest(roomId, userId));
  }

  private ApiRequest<Object> handoverRequest(String roomId, String userId) {
    Objects.requireNonNull(roomId, "roomId");
    Objects.requireNonNull(userId, "userId");
    return ctx.<Object>request("POST", "/rooms/{}/handover/{}", roomId, userId)
        .decoder(ServiceContext.data(Object.class))
        .build();
  }

  /**
   * Agents that auto-takeover may hand rooms to ({@code GET /rooms/auto_takeover/agents/assignable}).
   *
   * <p>Known only from community integrations; not in Qontak's docs. Unverified: treat as beta.
   *
   * @return the agents
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public List<User> autoTakeoverAssignableAgents() {
    return ctx.execute(autoTakeoverAssignableAgentsRequest());
  }

  /**
   * Async {@link #autoTakeoverAssignableAgents}.
   *
   * @return the agents
   */
  public CompletableFuture<List<User>> autoTakeoverAssignableAgentsAsync() {
    return ctx.executeAsync(autoTakeoverAssignableAgentsRequest());
  }

  private ApiRequest<List<User>> autoTakeoverAssignableAgentsRequest() {
    return ctx.<List<User>>request("GET", "/rooms/auto_takeover/agents/assignable")
        .decoder(ServiceContext.data(ServiceContext.listOf(User.class)))
        .build();
  }
}
