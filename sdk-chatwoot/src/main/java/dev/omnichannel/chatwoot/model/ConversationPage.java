package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One page of conversations with the counts Chatwoot sends alongside ({@code meta}). A full page
 * has 25 conversations; there is no total page count, so a shorter page is the last one.
 *
 * @param counts the counts per assignee type for the same filters, may be null
 * @param conversations the conversations of this page, never null
 */
public record ConversationPage(
    @Json(name = "meta") ConversationCounts counts,
    @Json(name = "payload") List<Conversation> conversations) {

  /**
   * Normalises an absent list to an empty one.
   *
   * @param counts the counts per assignee type for the same filters, may be null
   * @param conversations the conversations of this page, never null
   */
  public ConversationPage {
    conversations = JsonSupport.listOrEmpty(conversations);
  }
}
