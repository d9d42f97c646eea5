package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;
import java.util.Map;

/**
 * A user as the Platform API returns it (schema {@code user}). {@code toString()} hides the
 * access token, the pubsub token and the HMAC identifier. Every component may be null except
 * {@code accounts}, which is empty when absent.
 *
 * @param id the user id
 * @param accessToken the user's API access token (a secret)
 * @param accountId the user's active account id
 * @param availableName the name shown to contacts
 * @param avatarUrl the avatar URL
 * @param confirmed whether the email address is confirmed
 * @param displayName the display name, or null
 * @param messageSignature the message signature, or null
 * @param email the user's email
 * @param hmacIdentifier the identity-verification HMAC identifier (a secret)
 * @param inviterId the inviting user's id, or null
 * @param name the user's full name
 * @param provider the sign-in provider, e.g. {@code email}
 * @param pubsubToken the realtime (ActionCable) token (a secret)
 * @param role the role in the active account, {@code agent} or {@code administrator}
 * @param uiSettings free-form UI settings
 * @param uid the user's uid (usually the email)
 * @param type the user type, e.g. {@code SuperAdmin}, or null
 * @param customAttributes custom attributes set through the Platform API
 * @param accounts the accounts the user belongs to
 */
public record PlatformUser(
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
    List<PlatformUserAccount> accounts) {

  /**
   * Normalises a missing {@code accounts} to an empty list.
   *
   * @param id the user id
   * @param accessToken the user's API access token (a secret)
   * @param accountId the user's active account id
   * @param availableName the name shown to contacts
   * @param avatarUrl the avatar URL
   * @param confirmed whether the email address is confirmed
   * @param displayName the display name, or null
   * @param messageSignature the message signature, or null
   * @param email the user's email
   * @param hmacIdentifier the identity-verification HMAC identifier (a secret)
   * @param inviterId the inviting user's id, or null
   * @param name the user's full name
   * @param provider the sign-in provider, e.g. {@code email}
   * @param pubsubToken the realtime (ActionCable) token (a secret)
   * @param role the role in the active account, {@code agent} or {@code administrator}
   * @param uiSettings free-form UI settings
   * @param uid the user's uid (usually the email)
   * @param type the user type, e.g. {@code SuperAdmin}, or null
   * @param customAttributes custom attributes set through the Platform API
   * @param accounts the accounts the user belongs to
   */
  public PlatformUser {
    accounts = JsonSupport.listOrEmpty(accounts);
  }

  /** Hides the access token, pubsub token and HMAC identifier. */
  @Override
  public String toString() {
    return "PlatformUser[id=" + id + ", name=" + name + ", displayName=" + displayName + ", email=" + email
        + ", accountId=" + accountId + ", role=" + role + ", confirmed=" + confirmed + ", type=" + type
        + ", accessToken=" + hidden(accessToken) + ", pubsubToken=" + hidden(pubsubToken)
        + ", hmacIdentifier=" + hidden(hmacIdentifier) + ", accounts=" + accounts + "]";
  }

  private static String hidden(String secret) {
    return secret == null ? "null" : "██";
  }
}
