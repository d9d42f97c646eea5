package dev.omnichannel.chatwoot.model;

/**
 * One agent's live conversation counts
 * ({@code GET /api/v2/accounts/{account_id}/reports/conversations?type=agent}). Every component
 * may be null.
 *
 * @param id the agent (user) id
 * @param name the agent's name
 * @param email the agent's email
 * @param thumbnail the avatar URL
 * @param availability {@code online}, {@code busy} or {@code offline}
 * @param metric the agent's counts
 */
public record ReportAgentConversationMetrics(
    Long id,
    String name,
    String email,
    String thumbnail,
    String availability,
    Metric metric) {

  /**
   * An agent's conversation counts.
   *
   * @param open open conversations assigned to the agent
   * @param unattended of those, conversations the agent has not answered yet
   */
  public record Metric(Long open, Long unattended) {}
}
