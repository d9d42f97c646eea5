package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.Webhook;
import dev.omnichannel.chatwoot.model.WebhookParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookServiceTest extends ChatwootTestSupport {

  static final String WEBHOOK_JSON = q("""
      {'id':2,'url':'https://hooks.acme.test/chatwoot','name':'CRM sync','account_id':42,
       'subscriptions':['conversation_created','message_created','inbox_created'],'secret':'whsec-abc'}
      """);

  @Test
  void listUnwrapsPayloadWebhooks() throws Exception {
    respond(200, "{\"payload\":{\"webhooks\":[" + WEBHOOK_JSON + "]}}");
    List<Webhook> hooks = client().webhooks().list();
    expect("GET", "/api/v1/accounts/42/webhooks", null);
    assertThat(hooks).singleElement().satisfies(w -> {
      assertThat(w.url()).isEqualTo("https://hooks.acme.test/chatwoot");
      assertThat(w.subscriptions()).containsExactly("conversation_created", "message_created", "inbox_created");
      assertThat(w.secret()).isEqualTo("whsec-abc");
      assertThat(w.toString()).doesNotContain("whsec-abc");
    });
  }

  @Test
  void create() throws Exception {
    respond(200, "{\"payload\":{\"webhook\":" + WEBHOOK_JSON + "}}");
    Webhook w = client().webhooks().create(WebhookParams.builder()
        .url("https://hooks.acme.test/chatwoot").name("CRM sync")
        .subscriptions(List.of("conversation_created", "message_created")).build());
    expect("POST", "/api/v1/accounts/42/webhooks",
        q("{'url':'https://hooks.acme.test/chatwoot','name':'CRM sync','subscriptions':['conversation_created','message_created']}"));
    assertThat(w.id()).isEqualTo(2L);
    assertThat(w.accountId()).isEqualTo(42L);
  }

  @Test
  void update() throws Exception {
    respond(200, "{\"payload\":{\"webhook\":" + WEBHOOK_JSON.replace(",\"secret\":\"whsec-abc\"", "") + "}}");
    Webhook w = client().webhooks().update(2, WebhookParams.builder().subscriptions(List.of("message_created")).build());
    expect("PATCH", "/api/v1/accounts/42/webhooks/2", q("{'subscriptions':['message_created']}"));
    assertThat(w.secret()).isNull();
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().webhooks().delete(2);
    expect("DELETE", "/api/v1/accounts/42/webhooks/2", null);
  }
}
