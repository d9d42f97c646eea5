package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.Team;
import dev.omnichannel.chatwoot.model.TeamParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamServiceTest extends ChatwootTestSupport {

  static final String TEAM_JSON = q("""
      {'id':3,'name':'billing','description':'Billing questions','allow_auto_assign':true,'account_id':42,'is_member':false}
      """);

  @Test
  void list() throws Exception {
    respond(200, "[" + TEAM_JSON + "]");
    List<Team> teams = client().teams().list();
    expect("GET", "/api/v1/accounts/42/teams", null);
    assertThat(teams).containsExactly(new Team(3L, "billing", "Billing questions", true, 42L, false));
  }

  @Test
  void create() throws Exception {
    respond(200, TEAM_JSON);
    Team t = client().teams().create(TeamParams.builder().name("billing").description("Billing questions").allowAutoAssign(true).build());
    expect("POST", "/api/v1/accounts/42/teams", q("{'name':'billing','description':'Billing questions','allow_auto_assign':true}"));
    assertThat(t.id()).isEqualTo(3L);
  }

  @Test
  void retrieve() throws Exception {
    respond(200, TEAM_JSON.replace("'", "\""));
    Team t = client().teams().retrieve(3);
    expect("GET", "/api/v1/accounts/42/teams/3", null);
    assertThat(t.name()).isEqualTo("billing");
    assertThat(t.isMember()).isFalse();
  }

  @Test
  void update() throws Exception {
    respond(200, TEAM_JSON.replace("\"description\":\"Billing questions\"", "\"description\":null"));
    Team t = client().teams().update(3, TeamParams.builder().allowAutoAssign(false).description(null).build());
    expect("PATCH", "/api/v1/accounts/42/teams/3", q("{'allow_auto_assign':false}"));
    assertThat(t.description()).isNull();
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().teams().delete(3);
    expect("DELETE", "/api/v1/accounts/42/teams/3", null);
  }

  @Test
  void listMembers() throws Exception {
    respond(200, "[" + AgentServiceTest.AGENT_JSON + "]");
    List<Agent> members = client().teams().listMembers(3);
    expect("GET", "/api/v1/accounts/42/teams/3/team_members", null);
    assertThat(members).extracting(Agent::name).containsExactly("Bo Lee");
  }

  @Test
  void addMembers() throws Exception {
    respond(200, "[" + AgentServiceTest.AGENT_JSON + "]");
    List<Agent> added = client().teams().addMembers(3, List.of(7L, 9L));
    expect("POST", "/api/v1/accounts/42/teams/3/team_members", q("{'user_ids':[7,9]}"));
    assertThat(added).hasSize(1);
  }

  @Test
  void updateMembers() throws Exception {
    respond(200, "[]");
    List<Agent> now = client().teams().updateMembers(3, List.of(7L));
    expect("PATCH", "/api/v1/accounts/42/teams/3/team_members", q("{'user_ids':[7]}"));
    assertThat(now).isEmpty();
  }

  @Test
  void removeMembersSendsBodyWithDelete() throws Exception {
    respondEmpty();
    client().teams().removeMembers(3, List.of(7L));
    expect("DELETE", "/api/v1/accounts/42/teams/3/team_members", q("{'user_ids':[7]}"));
  }
}
