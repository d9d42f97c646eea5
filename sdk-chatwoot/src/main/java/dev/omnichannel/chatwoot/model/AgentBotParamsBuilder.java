package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * The agent bot fields shared by {@link AgentBotParams.Builder} (Application API) and {@link
 * PlatformAgentBotParams.Builder} (Platform API).
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class AgentBotParamsBuilder<B extends AgentBotParamsBuilder<B>>
    extends JsonParams.Builder<B> {

  /** Creates an empty builder. */
  AgentBotParamsBuilder() {}

  /**
   * Sets {@code name}: the bot's name.
   *
   * @param name the value; null removes it
   * @return this builder
   */
  public B name(String name) {
    return put("name", name);
  }

  /**
   * Sets {@code description}: what the bot does.
   *
   * @param description the value; null removes it
   * @return this builder
   */
  public B description(String description) {
    return put("description", description);
  }

  /**
   * Sets {@code outgoing_url}: the webhook URL Chatwoot posts the bot's events to.
   *
   * @param outgoingUrl the value; null removes it
   * @return this builder
   */
  public B outgoingUrl(String outgoingUrl) {
    return put("outgoing_url", outgoingUrl);
  }

  /**
   * Sets {@code avatar_url}: URL of a JPEG or PNG image Chatwoot downloads as the avatar.
   * (Uploading the image itself, the spec's binary {@code avatar}, needs a multipart request
   * and is not offered here.)
   *
   * @param avatarUrl the value; null removes it
   * @return this builder
   */
  public B avatarUrl(String avatarUrl) {
    return put("avatar_url", avatarUrl);
  }
}
