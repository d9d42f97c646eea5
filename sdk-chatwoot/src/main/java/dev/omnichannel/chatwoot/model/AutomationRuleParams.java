package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.List;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) an automation rule (schema
 * {@code automation_rule_create_update_payload}). Only the fields set are sent; on update the
 * server replaces {@code conditions} and {@code actions} only when they are sent.
 */
public final class AutomationRuleParams extends JsonParams {

  private AutomationRuleParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link AutomationRuleParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the rule name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code description}: what the rule does.
     *
     * @param description the value; null removes it
     * @return this builder
     */
    public Builder description(String description) {
      return put("description", description);
    }

    /**
     * Sets {@code event_name}: the event the rule runs on.
     *
     * @param eventName the value; null removes it
     * @return this builder
     */
    public Builder eventName(AutomationRuleEvent eventName) {
      return put("event_name", eventName == null ? null : eventName.value());
    }

    /**
     * Sets {@code active}: whether the rule is enabled.
     *
     * @param active the value; null removes it
     * @return this builder
     */
    public Builder active(Boolean active) {
      return put("active", active);
    }

    /**
     * Sets {@code actions}: what to do when the conditions match.
     *
     * @param actions the actions (no null elements); null removes the field
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder actions(List<AutomationRuleAction> actions) {
      return put("actions", actions == null ? null : List.copyOf(actions));
    }

    /**
     * Sets {@code conditions}: when the actions run.
     *
     * @param conditions the conditions (no null elements); null removes the field
     * @return this builder
     * @throws NullPointerException when an element is null
     */
    public Builder conditions(List<AutomationRuleCondition> conditions) {
      return put("conditions", conditions == null ? null : List.copyOf(conditions));
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when an action has no {@code action_name} or a condition
     *     has no {@code attribute_key} or {@code filter_operator}
     */
    public AutomationRuleParams build() {
      AutomationRuleParams params = new AutomationRuleParams(this);
      Object actions = params.get("actions");
      if (actions instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof AutomationRuleAction a && a.actionName() == null) {
            throw new IllegalArgumentException("every action needs an actionName");
          }
        }
      }
      Object conditions = params.get("conditions");
      if (conditions instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof AutomationRuleCondition c
              && (c.attributeKey() == null || c.filterOperator() == null)) {
            throw new IllegalArgumentException("every condition needs an attributeKey and a filterOperator");
          }
        }
      }
      return params;
    }
  }
}
