package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.CannedResponse;
import dev.omnichannel.chatwoot.model.CannedResponseParams;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CannedResponseServiceTest extends ChatwootTestSupport {

  static final String CANNED_JSON = q("""
      {'id':5,'account_id':42,'short_code':'welcome','content':'Hello, {{contact.name}}! Welcome to our service.',
       'created_at':'2024-04-02T08:00:00.000Z','updated_at':'2024-04-03T09:30:00.000Z'}
      """);

  @Test
  void list() throws Exception {
    respond(200, "[" + CANNED_JSON + "]");
    List<CannedResponse> list = client().cannedResponses().list();
    expect("GET", "/api/v1/accounts/42/canned_responses", null);
    assertThat(list).singleElement().satisfies(c -> {
      assertThat(c.shortCode()).isEqualTo("welcome");
      assertThat(c.content()).isEqualTo("Hello, {{contact.name}}! Welcome to our service.");
      assertThat(c.createdAt()).isEqualTo(Instant.parse("2024-04-02T08:00:00Z"));
      assertThat(c.updatedAt()).isEqualTo(Instant.parse("2024-04-03T09:30:00Z"));
    });
  }

  @Test
  void create() throws Exception {
    respond(200, CANNED_JSON);
    CannedResponse c = client().cannedResponses().create(CannedResponseParams.builder()
        .shortCode("welcome").content("Hello, {{contact.name}}! Welcome to our service.").build());
    expect("POST", "/api/v1/accounts/42/canned_responses",
        q("{'short_code':'welcome','content':'Hello, {{contact.name}}! Welcome to our service.'}"));
    assertThat(c.id()).isEqualTo(5L);
  }

  @Test
  void update() throws Exception {
    respond(200, CANNED_JSON.replace("Welcome to our service.", "Hi again."));
    CannedResponse c = client().cannedResponses().update(5, CannedResponseParams.builder().content("Hi again.").build());
    expect("PATCH", "/api/v1/accounts/42/canned_responses/5", q("{'content':'Hi again.'}"));
    assertThat(c.content()).endsWith("Hi again.");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().cannedResponses().delete(5);
    expect("DELETE", "/api/v1/accounts/42/canned_responses/5", null);
  }
}
