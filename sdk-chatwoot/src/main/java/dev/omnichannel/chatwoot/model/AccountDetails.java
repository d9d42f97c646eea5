package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The account ({@code GET}/{@code PATCH /api/v1/accounts/{account_id}}). Components may be null
 * except {@code subscribedFeatures}, which is empty when absent. The free-form objects are kept as
 * maps (numbers read as {@code Double}).
 *
 * @param id the account id
 * @param name the account name
 * @param locale the locale, e.g. {@code en}
 * @param domain the domain
 * @param supportEmail the support email
 * @param status the status, e.g. {@code active} or {@code suspended}
 * @param createdAt when the account was created
 * @param cacheKeys cache keys
 * @param features feature flags
 * @param settings settings such as {@code auto_resolve_after}
 * @param customAttributes custom attributes such as {@code plan_name}, {@code industry}
 * @param latestChatwootVersion the latest Chatwoot version (show only), or null
 * @param subscribedFeatures subscribed Enterprise features (show only), never null
 */
public record AccountDetails(
    Long id,
    String name,
    String locale,
    String domain,
    @Json(name = "support_email") String supportEmail,
    String status,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "cache_keys") Map<String, Object> cacheKeys,
    Map<String, Object> features,
    Map<String, Object> settings,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    @Json(name = "latest_chatwoot_version") String latestChatwootVersion,
    @Json(name = "subscribed_features") List<String> subscribedFeatures) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the account id
   * @param name the account name
   * @param locale the locale, e.g. {@code en}
   * @param domain the domain
   * @param supportEmail the support email
   * @param status the status, e.g. {@code active} or {@code suspended}
   * @param createdAt when the account was created
   * @param cacheKeys cache keys
   * @param features feature flags
   * @param settings settings such as {@code auto_resolve_after}
   * @param customAttributes custom attributes such as {@code plan_name}, {@code industry}
   * @param latestChatwootVersion the latest Chatwoot version (show only), or null
   * @param subscribedFeatures subscribed Enterprise features (show only), never null
   */
  public AccountDetails {
    subscribedFeatures = JsonSupport.listOrEmpty(subscribedFeatures);
  }
}
