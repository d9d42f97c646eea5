package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.AgentBotParams;
import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AgentBotServiceTest extends ChatwootTestSupport {

  static final String BOT_JSON = q("{'id':7,'name':'Triage bot','description':'Routes new chats',"
      + "'thumbnail':'https://example.com/bot.png','outgoing_url':'https://bot.example.com/hook',"
      + "'bot_type':'webhook','bot_config':{},'account_id':42,'access_token':'bot-secret-token','system_bot':false}");

  @Test
  void listReadsBareArrayIncludingGlobalBots() throws Exception {
    respond(200, "[" + BOT_JSON + "," + q("{'id':1,'name':'Captain','account_id':null,'system_bot':true}") + "]");
    List<AgentBot> bots = client().agentBots().list();
    expect("GET", "/api/v1/accounts/42/agent_bots", null);
    assertThat(bots).hasSize(2);
    assertThat(bots.get(0).outgoingUrl()).isEqualTo("https://bot.example.com/hook");
    assertThat(bots.get(0).toString()).doesNotContain("bot-secret-token");
    assertThat(bots.get(1).accountId()).isNull();
    assertThat(bots.get(1).systemBot()).isTrue();
  }

  @Test
  void create() throws Exception {
    respond(200, BOT_JSON);
    AgentBot bot = client().agentBots().create(AgentBotParams.builder()
        .name("Triage bot").description("Routes new chats").outgoingUrl("https://bot.example.com/hook")
        .avatarUrl("https://example.com/bot.png").botType(0).botConfig(Map.of("lang", "en")).build());
    expect("POST", "/api/v1/accounts/42/agent_bots",
        q("{'name':'Triage bot','description':'Routes new chats','outgoing_url':'https://bot.example.com/hook',"
            + "'avatar_url':'https://example.com/bot.png','bot_type':0,'bot_config':{'lang':'en'}}"));
    assertThat(bot.id()).isEqualTo(7L);
    assertThat(bot.accessToken()).isEqualTo("bot-secret-token");
  }

  @Test
  void retrieve() throws Exception {
    respond(200, BOT_JSON);
    AgentBot bot = client().agentBots().retrieve(7);
    expect("GET", "/api/v1/accounts/42/agent_bots/7", null);
    assertThat(bot.name()).isEqualTo("Triage bot");
    assertThat(bot.botType()).isEqualTo("webhook");
  }

  @Test
  void update() throws Exception {
    respond(200, BOT_JSON.replace("Routes new chats", "New text"));
    AgentBot bot = client().agentBots().update(7, AgentBotParams.builder().description("New text").build());
    expect("PATCH", "/api/v1/accounts/42/agent_bots/7", q("{'description':'New text'}"));
    assertThat(bot.description()).isEqualTo("New text");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().agentBots().delete(7);
    expect("DELETE", "/api/v1/accounts/42/agent_bots/7", null);
  }

  @Test
  void asyncTwins() throws Exception {
    respond(200, BOT_JSON);
    assertThat(client().agentBots().retrieveAsync(7).get(5, TimeUnit.SECONDS).id()).isEqualTo(7L);
    expect("GET", "/api/v1/accounts/42/agent_bots/7", null);
    respond(200, "[]");
    assertThat(client().agentBots().listAsync().get(5, TimeUnit.SECONDS)).isEmpty();
    expect("GET", "/api/v1/accounts/42/agent_bots", null);
    respondEmpty();
    assertThat(client().agentBots().deleteAsync(7).get(5, TimeUnit.SECONDS)).isNull();
    expect("DELETE", "/api/v1/accounts/42/agent_bots/7", null);
  }

  @Test
  void emptyParamsSendEmptyObjectAndNullRemoves() throws Exception {
    AgentBotParams p = AgentBotParams.builder().name("x").name(null).build();
    assertThat(p.toJson()).isEmpty();
    assertThat(p.toString()).isEqualTo("AgentBotParams[]");
    assertThatThrownBy(() -> client().agentBots().create(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void otherAccountsBotIsNotFound() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().agentBots().update(99, AgentBotParams.builder().name("x").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void agentRoleDeniedIs401() {
    respond(401, q("{'error':'You are not authorized to do this action'}"));
    assertThatThrownBy(() -> client().agentBots().create(AgentBotParams.builder().name("x").build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
  }
}
