package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.AgentCreateParams;
import dev.omnichannel.chatwoot.model.AgentUpdateParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentServiceTest extends ChatwootTestSupport {

  static final String AGENT_JSON = q("""
      {'id':7,'account_id':42,'availability_status':'online','auto_offline':true,'confirmed':true,
       'email':'bo@acme.test','available_name':'Bo','name':'Bo Lee','role':'agent',
       'thumbnail':'https://app.chatwoot.com/rails/active_storage/bo.png','custom_role_id':null}
      """);

  @Test
  void list() throws Exception {
    respond(200, "[" + AGENT_JSON + "," + AGENT_JSON.replace("\"id\":7", "\"id\":8") + "]");
    List<Agent> agents = client().agents().list();
    expect("GET", "/api/v1/accounts/42/agents", null);
    assertThat(agents).extracting(Agent::id).containsExactly(7L, 8L);
    Agent a = agents.get(0);
    assertThat(a).isEqualTo(new Agent(7L, 42L, "online", true, true, "bo@acme.test", "Bo", "Bo Lee", "agent",
        "https://app.chatwoot.com/rails/active_storage/bo.png", null));
  }

  @Test
  void create() throws Exception {
    respond(200, AGENT_JSON);
    Agent a = client().agents().create(AgentCreateParams.builder()
        .name("Bo Lee").email("bo@acme.test").role("agent").availability("online").autoOffline(true).build());
    expect("POST", "/api/v1/accounts/42/agents",
        q("{'name':'Bo Lee','email':'bo@acme.test','role':'agent','availability':'online','auto_offline':true}"));
    assertThat(a.email()).isEqualTo("bo@acme.test");
  }

  @Test
  void createRequiresNameEmailAndRole() {
    assertThatThrownBy(() -> AgentCreateParams.builder().name("Bo").role("agent").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    assertThatThrownBy(() -> AgentCreateParams.builder().name(" ").email("e").role("agent").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }

  @Test
  void update() throws Exception {
    respond(200, AGENT_JSON.replace("\"role\":\"agent\"", "\"role\":\"administrator\""));
    Agent a = client().agents().update(7, AgentUpdateParams.builder().role("administrator").autoOffline(false).build());
    expect("PATCH", "/api/v1/accounts/42/agents/7", q("{'role':'administrator','auto_offline':false}"));
    assertThat(a.role()).isEqualTo("administrator");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().agents().delete(7);
    expect("DELETE", "/api/v1/accounts/42/agents/7", null);
  }
}
