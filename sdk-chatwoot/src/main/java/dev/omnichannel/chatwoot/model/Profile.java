package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;
import java.util.Map;

/**
 * The user who owns the access token ({@code GET}/{@code PUT /api/v1/profile}). {@link
 * #toString()} hides the access and pubsub tokens. Components may be null except {@code
 * accounts}, which is empty when absent.
 *
 * @param id the user id
 * @param accessToken the user's API access token (a secret)
 * @param accountId the default account id
 * @param availableName the name shown to contacts
 * @param avatarUrl the avatar URL
 * @param confirmed whether the email is confirmed
 * @param displayName the display name, or null
 * @param messageSignature the message signature, or null
 * @param email the email
 * @param hmacIdentifier the identity-verification HMAC identifier
 * @param inviterId who invited the user, or null
 * @param name the full name
 * @param provider the auth provider, e.g. {@code email}
 * @param pubsubToken the real-time channel token (a secret)
 * @param role {@code agent} or {@code administrator}
 * @param uiSettings dashboard UI settings
 * @param uid the user's uid (usually the email)
 * @param type the user type, e.g. {@code SuperAdmin}, or null
 * @param customAttributes custom attributes (users created by platform apps)
 * @param accounts the accounts the user belongs to, never null
 */
public record Profile(
    Long id,
    @Json(name = "access_token") String accessToken,
    @Json(name = "account_id") Long accountId,
    @Json(name = "available_name") String availableName,
    @Json(name = "avatar_url") String avatarUrl,
    Boolean confirmed,
    @Json(name = "display_name") String displayName,
    @Json(name = "message_signature") String messageSignature,
    String email,
    @Json(name = "hmac_identifier") String hmacIdentifier,
    @Json(name = "inviter_id") Long inviterId,
    String name,
    String provider,
    @Json(name = "pubsub_token") String pubsubToken,
    String role,
    @Json(name = "ui_settings") Map<String, Object> uiSettings,
    String uid,
    String type,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    List<ProfileAccount> accounts) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the user id
   * @param accessToken the user's API access token (a secret)
   * @param accountId the default account id
   * @param availableName the name shown to contacts
   * @param avatarUrl the avatar URL
   * @param confirmed whether the email is confirmed
   * @param displayName the display name, or null
   * @param messageSignature the message signature, or null
   * @param email the email
   * @param hmacIdentifier the identity-verification HMAC identifier
   * @param inviterId who invited the user, or null
   * @param name the full name
   * @param provider the auth provider, e.g. {@code email}
   * @param pubsubToken the real-time channel token (a secret)
   * @param role {@code agent} or {@code administrator}
   * @param uiSettings dashboard UI settings
   * @param uid the user's uid (usually the email)
   * @param type the user type, e.g. {@code SuperAdmin}, or null
   * @param customAttributes custom attributes (users created by platform apps)
   * @param accounts the accounts the user belongs to, never null
   */
  public Profile {
    accounts = JsonSupport.listOrEmpty(accounts);
  }

  /** Shows the id, name, role and accounts; never the tokens or the email. */
  @Override
  public String toString() {
    return "Profile[id=" + id + ", accountId=" + accountId + ", name=" + name + ", role=" + role
        + ", accounts=" + accounts + ", accessToken=***, pubsubToken=***]";
  }
}
