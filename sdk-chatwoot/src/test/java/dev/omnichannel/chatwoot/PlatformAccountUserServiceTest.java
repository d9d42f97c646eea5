package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.PlatformAccountUser;
import dev.omnichannel.chatwoot.model.PlatformAccountUserParams;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlatformAccountUserServiceTest extends PlatformTestSupport {

  /** The server renders the whole AccountUser record ({@code render json: @account_user}). */
  static final String MEMBER_JSON = q("{'id':31,'account_id':7,'user_id':12,'role':'administrator',"
      + "'inviter_id':null,'created_at':'2026-03-01T10:00:00.000Z','updated_at':'2026-03-02T11:30:00.000Z',"
      + "'active_at':null,'availability':'online','auto_offline':true,'custom_role_id':null}");

  @Test
  void list() throws Exception {
    respond(200, "[" + MEMBER_JSON + "," + q("{'account_id':7,'user_id':13,'role':'agent'}") + "]");
    List<PlatformAccountUser> users = platform().accountUsers().list(7);
    expect("GET", "/platform/api/v1/accounts/7/account_users", null);
    assertThat(users).containsExactly(
        new PlatformAccountUser(31L, 7L, 12L, "administrator", null,
            Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-02T11:30:00Z")),
        new PlatformAccountUser(null, 7L, 13L, "agent", null, null, null));
  }

  @Test
  void create() throws Exception {
    respond(200, q("{'account_id':7,'user_id':12,'role':'administrator'}"));
    PlatformAccountUser u = platform().accountUsers().create(7, PlatformAccountUserParams.builder()
        .userId(12).role(PlatformAccountUserParams.ROLE_ADMINISTRATOR).build());
    expect("POST", "/platform/api/v1/accounts/7/account_users", q("{'user_id':12,'role':'administrator'}"));
    assertThat(u).isEqualTo(new PlatformAccountUser(null, 7L, 12L, "administrator", null, null, null));
  }

  @Test
  void createAsync() throws Exception {
    respond(200, MEMBER_JSON);
    PlatformAccountUser u = platform().accountUsers()
        .createAsync(7, PlatformAccountUserParams.builder().role("agent").userId(12).build())
        .get(5, TimeUnit.SECONDS);
    expect("POST", "/platform/api/v1/accounts/7/account_users", q("{'role':'agent','user_id':12}"));
    assertThat(u.id()).isEqualTo(31L);
  }

  @Test
  void deleteSendsTheUserIdInTheBody() throws Exception {
    respondEmpty();
    platform().accountUsers().delete(7, 12);
    expect("DELETE", "/platform/api/v1/accounts/7/account_users", q("{'user_id':12}"));
  }

  @Test
  void deleteAsync() throws Exception {
    respondEmpty();
    assertThat(platform().accountUsers().deleteAsync(7, 12).get(5, TimeUnit.SECONDS)).isNull();
    expect("DELETE", "/platform/api/v1/accounts/7/account_users", q("{'user_id':12}"));
  }

  @Test
  void userIdAndRoleAreRequired() {
    assertThatThrownBy(() -> PlatformAccountUserParams.builder().role("agent").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
    assertThatThrownBy(() -> PlatformAccountUserParams.builder().userId(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    assertThatThrownBy(() -> PlatformAccountUserParams.builder().userId(1).role(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    assertThatThrownBy(() -> platform().accountUsers().create(7, null)).isInstanceOf(NullPointerException.class);
  }
}
