package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code meta} object of a conversation's message list: facts about the conversation the
 * messages belong to. Every component may be null except {@code labels}.
 *
 * @param labels the conversation's labels, never null
 * @param additionalAttributes the conversation's additional attributes (open map)
 * @param contact the conversation's contact
 * @param assignee the assigned agent, null when unassigned
 * @param agentLastSeenAt when an agent last saw the conversation
 * @param assigneeLastSeenAt when the assignee last saw the conversation
 */
public record MessageListMeta(
    List<String> labels,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    Contact contact,
    Agent assignee,
    @Json(name = "agent_last_seen_at") Instant agentLastSeenAt,
    @Json(name = "assignee_last_seen_at") Instant assigneeLastSeenAt) {

  /**
   * Normalises an absent label list to an empty one.
   *
   * @param labels the conversation's labels, never null
   * @param additionalAttributes the conversation's additional attributes (open map)
   * @param contact the conversation's contact
   * @param assignee the assigned agent, null when unassigned
   * @param agentLastSeenAt when an agent last saw the conversation
   * @param assigneeLastSeenAt when the assignee last saw the conversation
   */
  public MessageListMeta {
    labels = JsonSupport.listOrEmpty(labels);
  }
}
