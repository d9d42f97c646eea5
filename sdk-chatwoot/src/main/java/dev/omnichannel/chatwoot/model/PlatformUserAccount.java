package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One account a Platform API user belongs to (an item of {@link PlatformUser#accounts()}). Every
 * component may be null except {@code permissions}, which is empty when absent.
 *
 * @param id the account id
 * @param name the account name
 * @param status the account status, {@code active} or {@code suspended}
 * @param activeAt when the user was last active in the account
 * @param role {@code administrator} or {@code agent}
 * @param permissions the user's permissions in the account
 * @param availability the configured availability: {@code online}, {@code busy} or {@code offline}
 * @param availabilityStatus the effective availability
 * @param autoOffline whether the user goes offline automatically when away
 * @param customRoleId the custom role id (Enterprise), or null
 * @param customRole the custom role (Enterprise), free-form, or null
 */
public record PlatformUserAccount(
    Long id,
    String name,
    String status,
    @Json(name = "active_at") Instant activeAt,
    String role,
    List<String> permissions,
    String availability,
    @Json(name = "availability_status") String availabilityStatus,
    @Json(name = "auto_offline") Boolean autoOffline,
    @Json(name = "custom_role_id") Long customRoleId,
    @Json(name = "custom_role") Map<String, Object> customRole) {

  /**
   * Normalises a missing {@code permissions} to an empty list.
   *
   * @param id the account id
   * @param name the account name
   * @param status the account status, {@code active} or {@code suspended}
   * @param activeAt when the user was last active in the account
   * @param role {@code administrator} or {@code agent}
   * @param permissions the user's permissions in the account
   * @param availability the configured availability: {@code online}, {@code busy} or {@code offline}
   * @param availabilityStatus the effective availability
   * @param autoOffline whether the user goes offline automatically when away
   * @param customRoleId the custom role id (Enterprise), or null
   * @param customRole the custom role (Enterprise), free-form, or null
   */
  public PlatformUserAccount {
    permissions = JsonSupport.listOrEmpty(permissions);
  }
}
