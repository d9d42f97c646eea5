package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.IntegrationApp;
import dev.omnichannel.chatwoot.model.IntegrationHook;
import dev.omnichannel.chatwoot.model.IntegrationHookParams;
import dev.omnichannel.core.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrationServiceTest extends ChatwootTestSupport {

  /** A hook as _hook.json.jbuilder renders it to an administrator. */
  static final String HOOK = q("""
      {'id':12,'app_id':'dialogflow','status':true,'inbox':{'id':3,'name':'API Inbox'},'account_id':42,
       'hook_type':'inbox','settings':{'project_id':'acme-bot','credentials':{'private_key':'KEY-SECRET'}},'reference_id':null}
      """);

  @Test
  void listApps() throws Exception {
    respond(200, q("""
        {'payload':[
          {'id':'dialogflow','name':'Dialogflow','description':'Build chatbots','short_description':null,'enabled':true,
           'action':'/dialogflow','button':'/dialogflow','hooks':[%s]},
          {'id':'webhook','name':'Webhooks','description':'Webhook events','enabled':false,'hooks':[]}]}
        """.formatted(HOOK)));
    List<IntegrationApp> apps = client().integrations().listApps();
    expect("GET", "/api/v1/accounts/42/integrations/apps", null);
    assertThat(apps).extracting(IntegrationApp::id).containsExactly("dialogflow", "webhook");
    IntegrationApp df = apps.get(0);
    assertThat(df.enabled()).isTrue();
    assertThat(df.action()).isEqualTo("/dialogflow");
    assertThat(df.hooks()).singleElement().satisfies(h -> {
      assertThat(h.id()).isEqualTo(12L);
      assertThat(h.inbox().name()).isEqualTo("API Inbox");
      assertThat(h.status()).isTrue();
    });
    assertThat(apps.get(1).hooks()).isEmpty();
  }

  @Test
  void listAppsAsync() throws Exception {
    respond(200, "{\"payload\":[]}");
    assertThat(client().integrations().listAppsAsync().get()).isEmpty();
    expect("GET", "/api/v1/accounts/42/integrations/apps", null);
  }

  @Test
  void createHook() throws Exception {
    respond(200, HOOK);
    IntegrationHook hook = client().integrations().createHook(IntegrationHookParams.builder()
        .appId("dialogflow").inboxId(3L).status(1)
        .settings(Map.of("project_id", "acme-bot"))
        .build());
    expect("POST", "/api/v1/accounts/42/integrations/hooks",
        q("{'app_id':'dialogflow','inbox_id':3,'status':1,'settings':{'project_id':'acme-bot'}}"));
    assertThat(hook.appId()).isEqualTo("dialogflow");
    assertThat(hook.hookType()).isEqualTo("inbox");
    assertThat(hook.settings()).containsEntry("project_id", "acme-bot");
    assertThat(hook.toString()).doesNotContain("KEY-SECRET").contains("dialogflow");
  }

  @Test
  void createHookNeedsAppId() {
    assertThatThrownBy(() -> client().integrations().createHook(IntegrationHookParams.builder().status(1).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateHook() throws Exception {
    respond(200, HOOK.replace("\"status\":true", "\"status\":false"));
    IntegrationHook hook = client().integrations().updateHookAsync(12, IntegrationHookParams.builder()
        .enabled(false).settings(Map.of("project_id", "acme-bot-2")).build()).get();
    expect("PATCH", "/api/v1/accounts/42/integrations/hooks/12",
        q("{'status':0,'settings':{'project_id':'acme-bot-2'}}"));
    assertThat(hook.status()).isFalse();
  }

  @Test
  void deleteHook() throws Exception {
    respondEmpty();
    client().integrations().deleteHook(12);
    expect("DELETE", "/api/v1/accounts/42/integrations/hooks/12", null);
  }

  @Test
  void deleteMissingHookIs404() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().integrations().deleteHook(99)).isInstanceOf(NotFoundException.class);
  }
}
