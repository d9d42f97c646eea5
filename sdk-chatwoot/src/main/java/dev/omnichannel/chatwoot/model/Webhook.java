package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * An account webhook ({@code /api/v1/accounts/{account_id}/webhooks}). {@link #toString()} hides
 * the secret. Components may be null except {@code subscriptions}, which is empty when absent.
 *
 * @param id the webhook id
 * @param accountId the account id
 * @param name the webhook name
 * @param url the URL events are posted to
 * @param subscriptions the subscribed event names (e.g. {@code message_created}), never null
 * @param secret the HMAC secret Chatwoot signs deliveries with, or null (older servers)
 */
public record Webhook(
    Long id,
    @Json(name = "account_id") Long accountId,
    String name,
    String url,
    List<String> subscriptions,
    String secret) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the webhook id
   * @param accountId the account id
   * @param name the webhook name
   * @param url the URL events are posted to
   * @param subscriptions the subscribed event names (e.g. {@code message_created}), never null
   * @param secret the HMAC secret Chatwoot signs deliveries with, or null (older servers)
   */
  public Webhook {
    subscriptions = JsonSupport.listOrEmpty(subscriptions);
  }

  /** Shows everything but the secret. */
  @Override
  public String toString() {
    return "Webhook[id=" + id + ", accountId=" + accountId + ", name=" + name + ", url=" + url
        + ", subscriptions=" + subscriptions + ", secret=" + (secret == null ? "null" : "***") + "]";
  }
}
