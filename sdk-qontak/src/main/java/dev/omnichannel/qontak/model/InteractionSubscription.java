package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * The setting of one webhook event in the organisation settings ({@code {enabled, webhooks:[...]}},
 * research §8.1): whether Qontak sends the event, and to which targets.
 *
 * @param enabled whether the event is sent
 * @param webhooks the registered targets (kept even while disabled)
 */
public record InteractionSubscription(Boolean enabled, List<WebhookSubscription> webhooks) {

  /**
   * Normalises a missing list to empty.
   *
   * @param enabled whether the event is sent
   * @param webhooks the registered targets
   */
  public InteractionSubscription {
    webhooks = JsonSupport.listOrEmpty(webhooks);
  }

  /**
   * Whether the event is enabled ({@code enabled == true}).
   *
   * @return true when Qontak sends this event
   */
  public boolean isEnabled() {
    return Boolean.TRUE.equals(enabled);
  }

  /**
   * The URLs of the registered targets, in order, without blanks.
   *
   * @return the URLs
   */
  public List<String> urls() {
    return webhooks.stream().map(WebhookSubscription::url).filter(u -> u != null && !u.isBlank()).toList();
  }
}
