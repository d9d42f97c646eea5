package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.PlatformSsoLink;
import dev.omnichannel.chatwoot.model.PlatformUser;
import dev.omnichannel.chatwoot.model.PlatformUserAccount;
import dev.omnichannel.chatwoot.model.PlatformUserParams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlatformUserServiceTest extends PlatformTestSupport {

  static final String SSO_URL = "https://chat.example.com/app/login?email=daniel%40acme.inc&sso_auth_token=sso-secret-abc";

  /** The fields of platform/api/v1/models/_user.json.jbuilder (schema user). */
  static final String USER_JSON = q("{'access_token':'user-secret-token','account_id':7,'available_name':'Dan',"
      + "'avatar_url':'','confirmed':true,'display_name':'Dan','message_signature':null,'email':'daniel@acme.inc',"
      + "'hmac_identifier':'hmac-secret-id','id':12,'name':'Daniel','provider':'email','pubsub_token':'pubsub-secret',"
      + "'custom_attributes':{'crm_id':'C-9'},'role':'administrator','ui_settings':{'is_sidebar_open':true},"
      + "'uid':'daniel@acme.inc','type':null,'accounts':[{'id':7,'name':'Acme','status':'active',"
      + "'active_at':'2026-03-02T11:30:00.000Z','role':'administrator','permissions':['administrator'],"
      + "'availability':'online','availability_status':'online','auto_offline':true,'custom_role_id':null,"
      + "'custom_role':null}]}");

  @Test
  void create() throws Exception {
    respond(200, USER_JSON);
    PlatformUser u = platform().users().create(PlatformUserParams.builder()
        .name("Daniel").displayName("Dan").email("daniel@acme.inc").password("Password2!")
        .customAttributes(Map.of("crm_id", "C-9")).build());
    expect("POST", "/platform/api/v1/users", q("{'name':'Daniel','display_name':'Dan','email':'daniel@acme.inc',"
        + "'password':'Password2!','custom_attributes':{'crm_id':'C-9'}}"));
    assertThat(u.id()).isEqualTo(12L);
    assertThat(u.accessToken()).isEqualTo("user-secret-token");
    assertThat(u.customAttributes()).containsEntry("crm_id", "C-9");
    assertThat(u.uiSettings()).containsEntry("is_sidebar_open", true);
    assertThat(u.accounts()).containsExactly(new PlatformUserAccount(7L, "Acme", "active",
        Instant.parse("2026-03-02T11:30:00Z"), "administrator", List.of("administrator"), "online", "online",
        true, null, null));
  }

  @Test
  void retrieve() throws Exception {
    respond(200, USER_JSON);
    PlatformUser u = platform().users().retrieve(12);
    expect("GET", "/platform/api/v1/users/12", null);
    assertThat(u.email()).isEqualTo("daniel@acme.inc");
    assertThat(u.role()).isEqualTo("administrator");
    assertThat(u.confirmed()).isTrue();
  }

  @Test
  void retrieveWithoutAccountsGivesEmptyList() throws Exception {
    respond(200, q("{'id':13,'name':'New','email':'new@acme.inc','account_id':null,'role':null}"));
    PlatformUser u = platform().users().retrieve(13);
    expect("GET", "/platform/api/v1/users/13", null);
    assertThat(u.accounts()).isEmpty();
    assertThat(u.accessToken()).isNull();
  }

  @Test
  void update() throws Exception {
    respond(200, USER_JSON.replace(q("'display_name':'Dan'"), q("'display_name':'Danny'")));
    PlatformUser u = platform().users().update(12,
        PlatformUserParams.builder().displayName("Danny").customAttributes(Map.of("tier", 2)).build());
    expect("PATCH", "/platform/api/v1/users/12", q("{'display_name':'Danny','custom_attributes':{'tier':2}}"));
    assertThat(u.displayName()).isEqualTo("Danny");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    platform().users().delete(12);
    expect("DELETE", "/platform/api/v1/users/12", null);
  }

  @Test
  void ssoLoginUrl() throws Exception {
    respond(200, "{\"url\":\"" + SSO_URL + "\"}");
    PlatformSsoLink link = platform().users().ssoLoginUrl(12);
    expect("GET", "/platform/api/v1/users/12/login", null);
    assertThat(link.url()).isEqualTo(SSO_URL);
  }

  @Test
  void ssoLoginUrlAsync() throws Exception {
    respond(200, "{\"url\":\"" + SSO_URL + "\"}");
    PlatformSsoLink link = platform().users().ssoLoginUrlAsync(12).get(5, TimeUnit.SECONDS);
    expect("GET", "/platform/api/v1/users/12/login", null);
    assertThat(link.url()).isEqualTo(SSO_URL);
  }

  @Test
  void updateAsync() throws Exception {
    respond(200, USER_JSON);
    PlatformUser u = platform().users().updateAsync(12, PlatformUserParams.builder().name("Daniel").build())
        .get(5, TimeUnit.SECONDS);
    expect("PATCH", "/platform/api/v1/users/12", q("{'name':'Daniel'}"));
    assertThat(u.name()).isEqualTo("Daniel");
  }

  @Test
  void secretsNeverAppearInToString() {
    PlatformUserParams p = PlatformUserParams.builder().email("daniel@acme.inc").password("Password2!").build();
    assertThat(p.toString()).contains("password").doesNotContain("Password2!").doesNotContain("daniel@acme.inc");

    PlatformSsoLink link = new PlatformSsoLink(SSO_URL);
    assertThat(link.toString()).doesNotContain("sso-secret-abc").doesNotContain("chat.example.com");
    assertThat(new PlatformSsoLink(null).toString()).contains("url=null");

    PlatformUser u = new PlatformUser(12L, "user-secret-token", 7L, "Dan", null, true, "Dan", null,
        "daniel@acme.inc", "hmac-secret-id", null, "Daniel", "email", "pubsub-secret", "agent", null, null, null,
        null, null);
    assertThat(u.toString()).contains("id=12", "Daniel")
        .doesNotContain("user-secret-token", "hmac-secret-id", "pubsub-secret");
  }
}
