package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * An integration app the account can use (Slack, Dialogflow, webhooks, Linear, ...), with the
 * hooks configured for it.
 *
 * @param id the app id, e.g. {@code slack}
 * @param name the display name
 * @param description the description
 * @param shortDescription the short description, may be null
 * @param enabled whether the app is enabled for the account
 * @param hookType {@code account} or {@code inbox} (older servers)
 * @param allowMultipleHooks whether more than one hook may be created (older servers)
 * @param action the setup URL or action (administrators only)
 * @param button the setup button action (administrators only)
 * @param logo the logo file name, when the server sends it
 * @param hooks the account's hooks for this app, never null
 */
public record IntegrationApp(
    String id,
    String name,
    String description,
    @Json(name = "short_description") String shortDescription,
    Boolean enabled,
    @Json(name = "hook_type") String hookType,
    @Json(name = "allow_multiple_hooks") Boolean allowMultipleHooks,
    String action,
    String button,
    String logo,
    List<IntegrationHook> hooks) {

  /**
   * Normalises an absent hook list to an empty one.
   *
   * @param id the app id, e.g. {@code slack}
   * @param name the display name
   * @param description the description
   * @param shortDescription the short description, may be null
   * @param enabled whether the app is enabled for the account
   * @param hookType {@code account} or {@code inbox} (older servers)
   * @param allowMultipleHooks whether more than one hook may be created (older servers)
   * @param action the setup URL or action (administrators only)
   * @param button the setup button action (administrators only)
   * @param logo the logo file name, when the server sends it
   * @param hooks the account's hooks for this app, never null
   */
  public IntegrationApp {
    hooks = JsonSupport.listOrEmpty(hooks);
  }
}
