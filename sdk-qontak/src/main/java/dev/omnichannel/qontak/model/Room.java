package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A room: one customer's conversation on one channel (research §8.5). Returned by the room
 * endpoints and embedded in message webhooks.
 *
 * @param id room id (UUID)
 * @param name room name (usually the customer's name)
 * @param description description
 * @param status unassigned, assigned, resolved, campaign or deleted
 * @param type {@code Models::CustomerServiceRoom}, {@code Models::CommentServiceRoom} or {@code Models::ReviewServiceRoom}
 * @param tags tags
 * @param channel the channel
 * @param channelAccount the channel account (e.g. the WhatsApp number's name)
 * @param channelUniqId the channel's id of the customer, when sent
 * @param organizationId owning organisation
 * @param accountUniqId the customer's phone number or handle
 * @param channelIntegrationId the channel integration
 * @param session WhatsApp session window: open, expiring or expired (older payloads)
 * @param sessionAt when the session window started
 * @param unreadCount unread messages
 * @param createdAt creation time
 * @param updatedAt last change
 * @param lastMessageAt last message time
 * @param lastActivityAt last activity time
 * @param avatar avatar (null, a URL or an object)
 * @param note the agents' note: a string in older payloads, {@code {"text": ...}} in room lists
 * @param resolvedAt when it was resolved
 * @param externalId provider id
 * @param resolvedById who resolved it
 * @param resolvedByType the kind of resolver
 * @param extra extra flags such as {@code is_participant_online}
 * @param agentIds assigned agents' ids
 * @param isDontAutoResolve whether auto-resolve is off
 * @param isBlocked whether the contact is blocked
 * @param isUnresponded whether the last customer message is unanswered
 * @param divisionId the division
 * @param lastMessage the last message as a raw object, when sent
 */
public record Room(
    String id,
    String name,
    String description,
    RoomStatus status,
    String type,
    List<String> tags,
    Channel channel,
    @Json(name = "channel_account") String channelAccount,
    @Json(name = "channel_uniq_id") String channelUniqId,
    @Json(name = "organization_id") String organizationId,
    @Json(name = "account_uniq_id") String accountUniqId,
    @Json(name = "channel_integration_id") String channelIntegrationId,
    RoomSession session,
    @Json(name = "session_at") Instant sessionAt,
    @Json(name = "unread_count") Integer unreadCount,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "last_message_at") Instant lastMessageAt,
    @Json(name = "last_activity_at") Instant lastActivityAt,
    Object avatar,
    Object note,
    @Json(name = "resolved_at") Instant resolvedAt,
    @Json(name = "external_id") String externalId,
    @Json(name = "resolved_by_id") String resolvedById,
    @Json(name = "resolved_by_type") String resolvedByType,
    Map<String, Object> extra,
    @Json(name = "agent_ids") List<String> agentIds,
    @Json(name = "is_dont_auto_resolve") Boolean isDontAutoResolve,
    @Json(name = "is_blocked") Boolean isBlocked,
    @Json(name = "is_unresponded") Boolean isUnresponded,
    @Json(name = "division_id") String divisionId,
    @Json(name = "last_message") Map<String, Object> lastMessage) {

  /**
   * Normalises missing lists to empty.
   *
   * @param id id
   * @param name name
   * @param description description
   * @param status status
   * @param type type
   * @param tags tags
   * @param channel channel
   * @param channelAccount channel account
   * @param channelUniqId channel id of the customer
   * @param organizationId organisation
   * @param accountUniqId customer handle
   * @param channelIntegrationId integration
   * @param session session
   * @param sessionAt session start
   * @param unreadCount unread count
   * @param createdAt creation
   * @param updatedAt last change
   * @param lastMessageAt last message
   * @param lastActivityAt last activity
   * @param avatar avatar
   * @param note note
   * @param resolvedAt resolution time
   * @param externalId external id
   * @param resolvedById resolver
   * @param resolvedByType resolver kind
   * @param extra extra
   * @param agentIds agents
   * @param isDontAutoResolve auto-resolve off
   * @param isBlocked blocked
   * @param isUnresponded unanswered
   * @param divisionId division
   * @param lastMessage last message
   */
  public Room {
    tags = JsonSupport.listOrEmpty(tags);
    agentIds = JsonSupport.listOrEmpty(agentIds);
  }
}
