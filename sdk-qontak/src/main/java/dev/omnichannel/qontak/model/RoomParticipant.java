package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * A participant of a room (an agent, the customer or a bot), as listed by
 * {@code GET /rooms/{id}/participants} and returned when an agent is assigned or takes over.
 *
 * @param id participant id (UUID)
 * @param roomId the room
 * @param contactId the contact, for customer participants
 * @param contactAbleId the user or contact behind the participant
 * @param contactAbleType its kind, e.g. {@code Models::User}
 * @param type the participant kind, e.g. {@code Models::AgentParticipant}
 * @param profile display name and avatar, when sent
 * @param activeStatus e.g. {@code active}
 * @param handoverId the handover that brought the participant in, or null
 * @param createdAt when the participant joined
 * @param updatedAt last change, when sent
 */
public record RoomParticipant(
    String id,
    @Json(name = "room_id") String roomId,
    @Json(name = "contact_id") String contactId,
    @Json(name = "contact_able_id") String contactAbleId,
    @Json(name = "contact_able_type") String contactAbleType,
    String type,
    Profile profile,
    @Json(name = "active_status") String activeStatus,
    @Json(name = "handover_id") String handoverId,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt) {

  /**
   * A participant's display data.
   *
   * @param name display name
   * @param avatar avatar (null, a URL or an object with {@code url}, {@code small}, ...)
   */
  public record Profile(String name, Object avatar) {}
}
