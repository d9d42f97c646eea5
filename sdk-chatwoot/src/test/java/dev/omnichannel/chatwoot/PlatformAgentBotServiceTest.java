package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.PlatformAgentBotParams;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlatformAgentBotServiceTest extends PlatformTestSupport {

  static final String BOT_JSON = q("{'id':4,'name':'Triage bot','description':'Routes new conversations',"
      + "'thumbnail':'https://chat.example.com/rails/active_storage/blobs/bot.png',"
      + "'outgoing_url':'https://bots.example.com/triage','bot_type':'webhook','bot_config':{},"
      + "'account_id':7,'access_token':'bot-secret-token','system_bot':false}");

  @Test
  void list() throws Exception {
    respond(200, "[" + BOT_JSON + "," + q("{'id':5,'name':'Global bot','account_id':null,'system_bot':false}") + "]");
    List<AgentBot> bots = platform().agentBots().list();
    expect("GET", "/platform/api/v1/agent_bots", null);
    assertThat(bots).extracting(AgentBot::id).containsExactly(4L, 5L);
    assertThat(bots.get(0)).isEqualTo(new AgentBot(4L, "Triage bot", "Routes new conversations",
        "https://chat.example.com/rails/active_storage/blobs/bot.png", "https://bots.example.com/triage",
        "webhook", Map.of(), 7L, "bot-secret-token", false, null));
    assertThat(bots.get(1).accountId()).isNull();
  }

  @Test
  void create() throws Exception {
    respond(200, BOT_JSON);
    AgentBot b = platform().agentBots().create(PlatformAgentBotParams.builder()
        .name("Triage bot").description("Routes new conversations").outgoingUrl("https://bots.example.com/triage")
        .accountId(7).avatarUrl("https://example.com/avatar.png").build());
    expect("POST", "/platform/api/v1/agent_bots", q("{'name':'Triage bot','description':'Routes new conversations',"
        + "'outgoing_url':'https://bots.example.com/triage','account_id':7,'avatar_url':'https://example.com/avatar.png'}"));
    assertThat(b.accessToken()).isEqualTo("bot-secret-token");
    assertThat(b.toString()).doesNotContain("bot-secret-token");
  }

  @Test
  void retrieve() throws Exception {
    respond(200, BOT_JSON);
    AgentBot b = platform().agentBots().retrieve(4);
    expect("GET", "/platform/api/v1/agent_bots/4", null);
    assertThat(b.outgoingUrl()).isEqualTo("https://bots.example.com/triage");
  }

  @Test
  void update() throws Exception {
    respond(200, BOT_JSON.replace("https://bots.example.com/triage", "https://bots.example.com/v2"));
    AgentBot b = platform().agentBots().update(4,
        PlatformAgentBotParams.builder().outgoingUrl("https://bots.example.com/v2").build());
    expect("PATCH", "/platform/api/v1/agent_bots/4", q("{'outgoing_url':'https://bots.example.com/v2'}"));
    assertThat(b.outgoingUrl()).isEqualTo("https://bots.example.com/v2");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    platform().agentBots().delete(4);
    expect("DELETE", "/platform/api/v1/agent_bots/4", null);
  }

  @Test
  void listAsync() throws Exception {
    respond(200, "[" + BOT_JSON + "]");
    List<AgentBot> bots = platform().agentBots().listAsync().get(5, TimeUnit.SECONDS);
    expect("GET", "/platform/api/v1/agent_bots", null);
    assertThat(bots).hasSize(1);
  }

  @Test
  void emptyParamsSendAnEmptyObject() throws Exception {
    respond(200, BOT_JSON);
    platform().agentBots().update(4, PlatformAgentBotParams.builder().build());
    expect("PATCH", "/platform/api/v1/agent_bots/4", "{}");
  }
}
