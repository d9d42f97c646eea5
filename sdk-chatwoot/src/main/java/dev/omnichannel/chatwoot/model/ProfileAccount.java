package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;

/**
 * One account the current user belongs to, inside {@link Profile#accounts()}. Components may be
 * null except {@code permissions}, which is empty when absent.
 *
 * @param id the account id
 * @param name the account name
 * @param status the account status
 * @param activeAt when the user was last active in it
 * @param role {@code administrator} or {@code agent}
 * @param permissions the user's permissions in the account, never null
 * @param availability the configured availability
 * @param availabilityStatus the effective availability
 * @param autoOffline whether the user goes offline automatically
 * @param customRoleId the custom role id, or null
 */
public record ProfileAccount(
    Long id,
    String name,
    String status,
    @Json(name = "active_at") Instant activeAt,
    String role,
    List<String> permissions,
    String availability,
    @Json(name = "availability_status") String availabilityStatus,
    @Json(name = "auto_offline") Boolean autoOffline,
    @Json(name = "custom_role_id") Long customRoleId) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the account id
   * @param name the account name
   * @param status the account status
   * @param activeAt when the user was last active in it
   * @param role {@code administrator} or {@code agent}
   * @param permissions the user's permissions in the account, never null
   * @param availability the configured availability
   * @param availabilityStatus the effective availability
   * @param autoOffline whether the user goes offline automatically
   * @param customRoleId the custom role id, or null
   */
  public ProfileAccount {
    permissions = JsonSupport.listOrEmpty(permissions);
  }
}
