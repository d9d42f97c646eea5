package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * An agent bot (schema {@code agent_bot}), as the Application API's account agent bots, an inbox's
 * bot and the Platform API's agent bots return it. {@code toString()} hides the access token and the signing secret.
 *
 * @param id bot id
 * @param name bot name
 * @param description what the bot does
 * @param thumbnail avatar URL
 * @param outgoingUrl the webhook URL Chatwoot posts events to
 * @param botType the bot type, e.g. {@code webhook}
 * @param botConfig free-form bot configuration
 * @param accountId the owning account for account bots, or null for global bots
 * @param accessToken the bot's API token (present only for those allowed to see it)
 * @param systemBot whether it is a system bot
 * @param secret the key agent-bot deliveries are signed with (Chatwoot v4.13.0+; shown to
 *     administrators for non-system bots; hidden from {@code toString()}). Pass it to
 *     {@code ChatwootWebhooks.verifier}
 */
public record AgentBot(
    Long id,
    String name,
    String description,
    String thumbnail,
    @Json(name = "outgoing_url") String outgoingUrl,
    @Json(name = "bot_type") String botType,
    @Json(name = "bot_config") Map<String, Object> botConfig,
    @Json(name = "account_id") Long accountId,
    @Json(name = "access_token") String accessToken,
    @Json(name = "system_bot") Boolean systemBot,
    String secret) {

  /** Hides the access token and the signing secret. */
  @Override
  public String toString() {
    return "AgentBot[id=" + id + ", name=" + name + ", botType=" + botType + ", outgoingUrl=" + outgoingUrl
        + ", accountId=" + accountId + ", accessToken=" + (accessToken == null ? "null" : "██")
        + ", secret=" + (secret == null ? "null" : "██") + "]";
  }
}
