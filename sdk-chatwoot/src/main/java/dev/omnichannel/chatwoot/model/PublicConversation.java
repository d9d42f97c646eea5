package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;

/**
 * A conversation as the Client API shows it to its contact ({@code public_conversation}).
 *
 * <p>The last-seen times are epoch seconds on the wire; Chatwoot sends {@code 0} when never seen,
 * which reads as null.
 *
 * @param id the conversation's display id (the {@code conversation_id} of later calls)
 * @param uuid the conversation UUID
 * @param inboxId the inbox id
 * @param contactLastSeenAt when the contact last saw it, null when never
 * @param status the status
 * @param agentLastSeenAt when an agent last saw it, null when never
 * @param messages the conversation's chat messages (not activity or private ones), never null
 * @param contact the contact
 */
public record PublicConversation(
    Long id,
    String uuid,
    @Json(name = "inbox_id") Long inboxId,
    @Json(name = "contact_last_seen_at") Instant contactLastSeenAt,
    ConversationStatus status,
    @Json(name = "agent_last_seen_at") Instant agentLastSeenAt,
    List<PublicMessage> messages,
    PublicContactRecord contact) {

  /**
   * Normalises a missing message list to an empty one.
   *
   * @param id the conversation's display id
   * @param uuid the conversation UUID
   * @param inboxId the inbox id
   * @param contactLastSeenAt when the contact last saw it
   * @param status the status
   * @param agentLastSeenAt when an agent last saw it
   * @param messages the conversation's chat messages, never null
   * @param contact the contact
   */
  public PublicConversation {
    messages = JsonSupport.listOrEmpty(messages);
  }
}
