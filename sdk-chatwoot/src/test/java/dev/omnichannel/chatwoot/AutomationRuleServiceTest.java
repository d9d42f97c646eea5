package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.AutomationRule;
import dev.omnichannel.chatwoot.model.AutomationRuleAction;
import dev.omnichannel.chatwoot.model.AutomationRuleCondition;
import dev.omnichannel.chatwoot.model.AutomationRuleEvent;
import dev.omnichannel.chatwoot.model.AutomationRuleParams;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.UnprocessableEntityException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AutomationRuleServiceTest extends ChatwootTestSupport {

  /** The spec's example for get-details-of-a-single-automation-rule (inside its payload). */
  static final String RULE_JSON = q("{'id':90,'account_id':1,'name':'add-label-bug-if-message-contains-bug',"
      + "'description':'add-label-bug-if-message-contains-bug','event_name':'message_created',"
      + "'conditions':[{'values':['incoming'],'attribute_key':'message_type','query_operator':'and','filter_operator':'equal_to'},"
      + "{'values':['bug'],'attribute_key':'content','filter_operator':'contains'}],"
      + "'actions':[{'action_name':'add_label','action_params':['bugs','support-query']}],"
      + "'created_on':1650555440,'active':true}");

  static final String CREATE_BODY = q("{'name':'Bug label','description':'Label bug reports','event_name':'message_created',"
      + "'active':true,'actions':[{'action_name':'add_label','action_params':['bugs']}],"
      + "'conditions':[{'attribute_key':'content','filter_operator':'contains','values':['bug'],'query_operator':'or'},"
      + "{'attribute_key':'message_type','filter_operator':'equal_to','values':['incoming']}]}");

  static AutomationRuleParams createParams() {
    return AutomationRuleParams.builder()
        .name("Bug label").description("Label bug reports").eventName(AutomationRuleEvent.MESSAGE_CREATED).active(true)
        .actions(List.of(AutomationRuleAction.of("add_label", "bugs")))
        .conditions(List.of(AutomationRuleCondition.of("content", "contains", "or", "bug"),
            AutomationRuleCondition.of("message_type", "equal_to", null, "incoming")))
        .build();
  }

  @Test
  void listUnwrapsPayload() throws Exception {
    respond(200, "{\"payload\":[" + RULE_JSON + "]}");
    List<AutomationRule> rules = client().automationRules().list();
    expect("GET", "/api/v1/accounts/42/automation_rules", null);
    assertThat(rules).hasSize(1);
    AutomationRule r = rules.get(0);
    assertThat(r.eventName()).isEqualTo(AutomationRuleEvent.MESSAGE_CREATED);
    assertThat(r.createdOn()).isEqualTo(Instant.ofEpochSecond(1650555440));
    assertThat(r.conditions()).containsExactly(
        new AutomationRuleCondition("message_type", "equal_to", List.of("incoming"), "and", null),
        new AutomationRuleCondition("content", "contains", List.of("bug"), null, null));
    assertThat(r.actions()).containsExactly(new AutomationRuleAction("add_label", List.of("bugs", "support-query")));
    assertThat(r.files()).isEmpty();
  }

  @Test
  void listWithPageSendsIt() throws Exception {
    respond(200, "{\"payload\":[]}");
    assertThat(client().automationRules().list(2)).isEmpty();
    expect("GET", "/api/v1/accounts/42/automation_rules?page=2", null);
  }

  @Test
  void createReadsBareObject() throws Exception {
    respond(200, RULE_JSON);
    AutomationRule r = client().automationRules().create(createParams());
    expect("POST", "/api/v1/accounts/42/automation_rules", CREATE_BODY);
    assertThat(r.id()).isEqualTo(90L);
  }

  @Test
  void createAlsoReadsPayloadWrapper() throws Exception {
    respond(200, "{\"payload\":" + RULE_JSON + "}");
    assertThat(client().automationRules().create(createParams()).id()).isEqualTo(90L);
    expect("POST", "/api/v1/accounts/42/automation_rules", CREATE_BODY);
  }

  @Test
  void retrieveReadsSpecExample() throws Exception {
    respond(200, "{\"payload\":" + RULE_JSON + "}");
    AutomationRule r = client().automationRules().retrieve(90);
    expect("GET", "/api/v1/accounts/42/automation_rules/90", null);
    assertThat(r.name()).isEqualTo("add-label-bug-if-message-contains-bug");
    assertThat(r.active()).isTrue();
    assertThat(r.accountId()).isEqualTo(1L);
  }

  @Test
  void updateReadsPayloadWrapper() throws Exception {
    respond(200, "{\"payload\":" + RULE_JSON.replace("'active':true".replace('\'', '"'), "\"active\":false") + "}");
    AutomationRule r = client().automationRules().update(90, AutomationRuleParams.builder().active(false).build());
    expect("PATCH", "/api/v1/accounts/42/automation_rules/90", q("{'active':false}"));
    assertThat(r.active()).isFalse();
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().automationRules().delete(90);
    expect("DELETE", "/api/v1/accounts/42/automation_rules/90", null);
  }

  @Test
  void asyncTwins() throws Exception {
    respond(200, "{\"payload\":[" + RULE_JSON + "]}");
    assertThat(client().automationRules().listAsync().get(5, TimeUnit.SECONDS)).hasSize(1);
    expect("GET", "/api/v1/accounts/42/automation_rules", null);
    respond(200, RULE_JSON);
    assertThat(client().automationRules().createAsync(createParams()).get(5, TimeUnit.SECONDS).id()).isEqualTo(90L);
    expect("POST", "/api/v1/accounts/42/automation_rules", CREATE_BODY);
  }

  @Test
  void unknownEventAndObjectActionParamsAreKept() throws Exception {
    respond(200, q("{'id':5,'event_name':'conversation_sla_breached','actions':[{'action_name':'send_email_to_team',"
        + "'action_params':[{'team_ids':[1],'message':'hi'}]}],'conditions':null}"));
    AutomationRule r = client().automationRules().retrieve(5);
    assertThat(r.eventName().isKnown()).isFalse();
    assertThat(r.eventName().value()).isEqualTo("conversation_sla_breached");
    assertThat(r.conditions()).isEmpty();
    assertThat(r.actions().get(0).actionParams().get(0)).isEqualTo(Map.of("team_ids", List.of(1.0), "message", "hi"));
  }

  @Test
  void builderValidation() {
    assertThatThrownBy(() -> AutomationRuleCondition.of(null, "contains", null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AutomationRuleAction.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AutomationRuleParams.builder()
        .actions(List.of(new AutomationRuleAction(null, List.of()))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actionName");
    assertThatThrownBy(() -> AutomationRuleParams.builder()
        .conditions(List.of(new AutomationRuleCondition("content", null, List.of(), null, null))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filterOperator");
    assertThat(AutomationRuleParams.builder().eventName(AutomationRuleEvent.of("custom_event")).build().toJson())
        .isEqualTo(Map.of("event_name", "custom_event"));
  }

  @Test
  void invalidRuleIs422WithErrorMap() {
    respond(422, q("{'error':{'conditions':['Automation conditions foo not supported.']}}"));
    assertThatThrownBy(() -> client().automationRules().create(createParams()))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void payloadArrayForSingleObjectIsInvalidResponse() {
    respond(200, "{\"payload\":[]}");
    assertThatThrownBy(() -> client().automationRules().retrieve(1)).isInstanceOf(InvalidResponseException.class);
  }
}
