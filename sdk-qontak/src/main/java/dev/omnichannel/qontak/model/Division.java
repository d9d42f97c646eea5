package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;

/**
 * A division: a group of agents and the channels they serve.
 *
 * @param id division id
 * @param organizationId owning organisation
 * @param name division name
 * @param isDefault whether it is the organisation's default division ({@code default})
 * @param createdAt creation time
 * @param updatedAt last change
 * @param users the division's users
 * @param channels the division's channels
 * @param isContactMasking whether contact details are masked for its agents
 */
public record Division(
    String id,
    @Json(name = "organization_id") String organizationId,
    String name,
    @Json(name = "default") Boolean isDefault,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    List<Member> users,
    List<ChannelRef> channels,
    @Json(name = "is_contact_masking") Boolean isContactMasking) {

  /**
   * Normalises missing lists to empty.
   *
   * @param id division id
   * @param organizationId owning organisation
   * @param name name
   * @param isDefault default flag
   * @param createdAt creation time
   * @param updatedAt last change
   * @param users users
   * @param channels channels
   * @param isContactMasking masking flag
   */
  public Division {
    users = JsonSupport.listOrEmpty(users);
    channels = JsonSupport.listOrEmpty(channels);
  }

  /**
   * A user as embedded in a division.
   *
   * @param id user id
   * @param fullName display name
   * @param role role
   * @param email email
   */
  public record Member(String id, @Json(name = "full_name") String fullName, UserRole role, String email) {}

  /**
   * A channel as embedded in a division.
   *
   * @param id channel integration id
   * @param targetChannel channel
   * @param channelName display name
   */
  public record ChannelRef(String id, @Json(name = "target_channel") Channel targetChannel,
      @Json(name = "channel_name") String channelName) {}
}
