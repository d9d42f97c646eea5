package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * An account as the Platform API returns it (schema {@code platform_account}; the server also
 * sends the fields of {@code platform/api/v1/models/_account.json.jbuilder}). Every component may
 * be null.
 *
 * @param id the account id
 * @param name the account name
 * @param locale the account locale, e.g. {@code en}
 * @param domain the account's domain
 * @param supportEmail the account's support email
 * @param enabledFeatures feature flags, feature name to enabled
 * @param customAttributes free-form custom attributes
 * @param limits free-form limits, e.g. {@code {"agents": 10, "inboxes": 5}}
 * @param status {@code active} or {@code suspended}
 */
public record PlatformAccount(
    Long id,
    String name,
    String locale,
    String domain,
    @Json(name = "support_email") String supportEmail,
    @Json(name = "enabled_features") Map<String, Object> enabledFeatures,
    @Json(name = "custom_attributes") Map<String, Object> customAttributes,
    Map<String, Object> limits,
    String status) {}
