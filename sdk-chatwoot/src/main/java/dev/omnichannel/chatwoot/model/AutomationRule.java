package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An automation rule ({@code /api/v1/accounts/{account_id}/automation_rules}; spec schema
 * {@code automation_rule_item}). Every component may be null except the lists.
 *
 * @param id the rule id
 * @param accountId the owning account
 * @param name the rule name
 * @param description what the rule does
 * @param eventName the event the rule runs on
 * @param conditions the conditions, joined by their {@code query_operator}; never null
 * @param actions the actions run when the conditions match; never null
 * @param createdOn when the rule was created (epoch seconds on the wire)
 * @param active whether the rule is enabled
 * @param executionDelay delay before running, when the server supports it
 * @param files attachments of {@code send_attachment} actions, as the server describes them
 */
public record AutomationRule(
    Long id,
    @Json(name = "account_id") Long accountId,
    String name,
    String description,
    @Json(name = "event_name") AutomationRuleEvent eventName,
    List<AutomationRuleCondition> conditions,
    List<AutomationRuleAction> actions,
    @Json(name = "created_on") Instant createdOn,
    Boolean active,
    @Json(name = "execution_delay") Long executionDelay,
    List<Map<String, Object>> files) {

  /**
   * Normalises missing lists to empty ones.
   *
   * @param id the rule id
   * @param accountId the owning account
   * @param name the rule name
   * @param description what the rule does
   * @param eventName the event
   * @param conditions the conditions, may be null
   * @param actions the actions, may be null
   * @param createdOn when it was created
   * @param active whether it is enabled
   * @param executionDelay the delay
   * @param files the attachments, may be null
   */
  public AutomationRule {
    conditions = JsonSupport.listOrEmpty(conditions);
    actions = JsonSupport.listOrEmpty(actions);
    files = JsonSupport.listOrEmpty(files);
  }
}
