package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.AccountDetails;
import dev.omnichannel.chatwoot.model.AccountUpdateParams;
import dev.omnichannel.chatwoot.model.Profile;
import dev.omnichannel.chatwoot.model.ProfileUpdateParams;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountAndProfileServiceTest extends ChatwootTestSupport {

  static final String ACCOUNT_JSON = q("""
      {'id':42,'name':'Acme Support','locale':'en','domain':'acme.test','support_email':'help@acme.test',
       'status':'active','created_at':'2024-03-01T10:15:30.123Z',
       'cache_keys':{'label':1711111111,'inbox':1711111112,'team':1711111113},
       'features':{'inbound_emails':true,'help_center':false},
       'settings':{'auto_resolve_after':1440,'auto_resolve_message':'Closing','auto_resolve_ignore_waiting':false},
       'custom_attributes':{'plan_name':'Business','subscribed_quantity':5,'industry':'Technology','timezone':'UTC'},
       'latest_chatwoot_version':'4.15.1','subscribed_features':['sla','custom_roles']}
      """);

  static final String PROFILE_JSON = q("""
      {'id':1,'access_token':'user-token-xyz','account_id':42,'available_name':'Ana','avatar_url':'',
       'confirmed':true,'display_name':null,'message_signature':'-- Ana','email':'ana@acme.test',
       'hmac_identifier':'abc123','inviter_id':null,'name':'Ana Silva','provider':'email',
       'pubsub_token':'pubsub-secret','role':'administrator','ui_settings':{'is_ct_labels_open':true},
       'uid':'ana@acme.test','type':null,'custom_attributes':{},
       'accounts':[{'id':42,'name':'Acme Support','status':'active','active_at':'2024-05-01T10:00:00.000Z',
         'role':'administrator','permissions':['administrator'],'availability':'online',
         'availability_status':'online','auto_offline':true,'custom_role_id':null}]}
      """);

  @Test
  void retrieveAccount() throws Exception {
    respond(200, ACCOUNT_JSON);
    AccountDetails a = client().account().retrieve();
    expect("GET", "/api/v1/accounts/42", null);
    assertThat(a.id()).isEqualTo(42L);
    assertThat(a.supportEmail()).isEqualTo("help@acme.test");
    assertThat(a.createdAt()).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
    assertThat(a.settings()).containsEntry("auto_resolve_after", 1440.0);
    assertThat(a.customAttributes()).containsEntry("plan_name", "Business");
    assertThat(a.features()).containsEntry("inbound_emails", true);
    assertThat(a.subscribedFeatures()).containsExactly("sla", "custom_roles");
    assertThat(a.latestChatwootVersion()).isEqualTo("4.15.1");
  }

  @Test
  void updateAccount() throws Exception {
    respond(200, ACCOUNT_JSON.replace("\"latest_chatwoot_version\":\"4.15.1\",", ""));
    AccountDetails a = client().account().update(AccountUpdateParams.builder()
        .name("Acme Support").locale("en").autoResolveAfter(1440).autoResolveIgnoreWaiting(false)
        .timezone("UTC").extra("future_flag", true).build());
    expect("PATCH", "/api/v1/accounts/42",
        q("{'name':'Acme Support','locale':'en','auto_resolve_after':1440,'auto_resolve_ignore_waiting':false,'timezone':'UTC','future_flag':true}"));
    assertThat(a.name()).isEqualTo("Acme Support");
    assertThat(a.latestChatwootVersion()).isNull();
  }

  @Test
  void retrieveProfile() throws Exception {
    respond(200, PROFILE_JSON);
    Profile p = client().profile().retrieve();
    expect("GET", "/api/v1/profile", null);
    assertThat(p.name()).isEqualTo("Ana Silva");
    assertThat(p.accessToken()).isEqualTo("user-token-xyz");
    assertThat(p.displayName()).isNull();
    assertThat(p.uiSettings()).containsEntry("is_ct_labels_open", true);
    assertThat(p.accounts()).singleElement().satisfies(acc -> {
      assertThat(acc.id()).isEqualTo(42L);
      assertThat(acc.permissions()).containsExactly("administrator");
      assertThat(acc.activeAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
      assertThat(acc.customRoleId()).isNull();
    });
    assertThat(p.toString()).doesNotContain("user-token-xyz", "pubsub-secret", "ana@acme.test");
  }

  @Test
  void updateProfileWrapsFieldsInProfile() throws Exception {
    respond(200, PROFILE_JSON);
    ProfileUpdateParams params = ProfileUpdateParams.builder()
        .displayName("Ana S").messageSignature("-- Ana").uiSettings(Map.of("theme", "dark"))
        .currentPassword("old-pass").password("new-pass").passwordConfirmation("new-pass").build();
    Profile p = client().profile().update(params);
    expect("PUT", "/api/v1/profile",
        q("{'profile':{'display_name':'Ana S','message_signature':'-- Ana','ui_settings':{'theme':'dark'},'current_password':'old-pass','password':'new-pass','password_confirmation':'new-pass'}}"));
    assertThat(p.id()).isEqualTo(1L);
    assertThat(params.toString()).doesNotContain("new-pass", "old-pass");
  }

  @Test
  void profileWithoutAccountsHasEmptyList() throws Exception {
    respond(200, "{\"id\":3}");
    assertThat(client().profile().retrieve().accounts()).isEmpty();
  }
}
