package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One answer of {@code GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages}:
 * the conversation facts in {@code meta} and up to 20 (or, with {@code after}, 100) messages in
 * {@code payload}, oldest first.
 *
 * @param meta the conversation facts, may be null
 * @param payload the messages in ascending id order, never null
 */
public record MessageList(MessageListMeta meta, List<Message> payload) {

  /**
   * Normalises an absent message list to an empty one.
   *
   * @param meta the conversation facts, may be null
   * @param payload the messages in ascending id order, never null
   */
  public MessageList {
    payload = JsonSupport.listOrEmpty(payload);
  }
}
