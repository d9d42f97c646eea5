package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Qontak user (agent, supervisor or admin).
 *
 * @param id user id (UUID)
 * @param organizationId owning organisation
 * @param companyId company id
 * @param fullName display name
 * @param email email address
 * @param phone phone number
 * @param role role
 * @param avatar avatar (null, a URL string or an object with URLs)
 * @param assignedCount how many rooms are assigned to the user
 * @param isOnline whether the user is online
 * @param robinLastAssignedAt when round robin last assigned the user a room
 * @param ssoId single-sign-on id
 * @param divisions the user's divisions
 * @param extra extra settings, e.g. {@code max_ongoing_chat}
 */
public record User(
    String id,
    @Json(name = "organization_id") String organizationId,
    @Json(name = "company_id") String companyId,
    @Json(name = "full_name") String fullName,
    String email,
    String phone,
    UserRole role,
    Object avatar,
    @Json(name = "assigned_count") Integer assignedCount,
    @Json(name = "is_online") Boolean isOnline,
    @Json(name = "robin_last_assigned_at") Instant robinLastAssignedAt,
    @Json(name = "sso_id") String ssoId,
    List<DivisionRef> divisions,
    Map<String, Object> extra) {

  /**
   * Normalises a missing division list to empty.
   *
   * @param id user id
   * @param organizationId owning organisation
   * @param companyId company id
   * @param fullName display name
   * @param email email
   * @param phone phone
   * @param role role
   * @param avatar avatar
   * @param assignedCount assigned rooms
   * @param isOnline online flag
   * @param robinLastAssignedAt last round-robin assignment
   * @param ssoId SSO id
   * @param divisions divisions
   * @param extra extra settings
   */
  public User {
    divisions = JsonSupport.listOrEmpty(divisions);
  }

  /**
   * A division as embedded in a user.
   *
   * @param id division id
   * @param name division name
   */
  public record DivisionRef(String id, String name) {}
}
