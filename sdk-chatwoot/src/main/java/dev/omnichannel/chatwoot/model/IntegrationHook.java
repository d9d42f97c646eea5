package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * An integration hook: one configured use of an integration app in the account or one inbox.
 * {@code settings} can hold credentials (API keys, tokens), so {@code toString()} leaves it out.
 *
 * @param id the hook id
 * @param appId the app id, e.g. {@code dialogflow}, {@code slack}, {@code webhook}
 * @param status true when the hook is enabled
 * @param inbox the inbox of an inbox hook ({@code {id, name}}), null for account hooks
 * @param inboxId the inbox id, when the server sends it as a plain id
 * @param accountId the account id
 * @param hookType {@code account} or {@code inbox}
 * @param settings the hook settings (administrators only); may hold credentials
 * @param referenceId the provider-side reference, e.g. a Slack channel id (administrators only)
 */
public record IntegrationHook(
    Long id,
    @Json(name = "app_id") String appId,
    Boolean status,
    InboxSummary inbox,
    @Json(name = "inbox_id") Long inboxId,
    @Json(name = "account_id") Long accountId,
    @Json(name = "hook_type") String hookType,
    Map<String, Object> settings,
    @Json(name = "reference_id") String referenceId) {

  /**
   * Describes the hook without its settings, which may hold credentials.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "IntegrationHook[id=" + id + ", appId=" + appId + ", status=" + status + ", inbox=" + inbox
        + ", accountId=" + accountId + ", hookType=" + hookType + "]";
  }
}
