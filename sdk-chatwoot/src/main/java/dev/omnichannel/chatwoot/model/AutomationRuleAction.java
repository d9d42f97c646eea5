package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;
import java.util.Objects;

/**
 * One action of an automation rule, e.g. {@code add_label ["support"]}. Used both in requests and
 * responses.
 *
 * @param actionName the action, e.g. {@code add_label}, {@code assign_team},
 *     {@code send_message}, {@code send_email_to_team}, {@code send_webhook_event}
 * @param actionParams the action's arguments: strings, numbers or objects (e.g.
 *     {@code {"team_ids":[1],"message":"..."}}); never null
 */
public record AutomationRuleAction(
    @Json(name = "action_name") String actionName,
    @Json(name = "action_params") List<Object> actionParams) {

  /**
   * Normalises a missing parameter list to an empty one.
   *
   * @param actionName the action
   * @param actionParams the arguments, may be null
   */
  public AutomationRuleAction {
    actionParams = JsonSupport.listOrEmpty(actionParams);
  }

  /**
   * An action for a request.
   *
   * @param actionName the action; required
   * @param actionParams its arguments
   * @return the action
   * @throws NullPointerException when actionName is null
   */
  public static AutomationRuleAction of(String actionName, Object... actionParams) {
    return new AutomationRuleAction(Objects.requireNonNull(actionName, "actionName"), List.of(actionParams));
  }
}
