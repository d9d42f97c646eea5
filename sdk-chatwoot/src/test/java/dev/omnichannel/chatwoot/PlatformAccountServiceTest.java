package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.PlatformAccount;
import dev.omnichannel.chatwoot.model.PlatformAccountParams;
import dev.omnichannel.core.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlatformAccountServiceTest extends PlatformTestSupport {

  /** The fields of platform/api/v1/models/_account.json.jbuilder. */
  static final String ACCOUNT_JSON = q("{'id':7,'name':'Acme','locale':'en','domain':'acme.example',"
      + "'support_email':'support@acme.example','enabled_features':{'inbound_emails':true,'help_center':false},"
      + "'custom_attributes':{'plan':'pro'},'limits':{'agents':10,'inboxes':5},'status':'active'}");

  @Test
  void create() throws Exception {
    respond(200, ACCOUNT_JSON);
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("agents", 10);
    limits.put("inboxes", 5);
    PlatformAccount a = platform().accounts().create(PlatformAccountParams.builder()
        .name("Acme").locale("en").domain("acme.example").supportEmail("support@acme.example")
        .status(PlatformAccountParams.STATUS_ACTIVE).limits(limits).customAttributes(Map.of("plan", "pro"))
        .build());
    expect("POST", "/platform/api/v1/accounts", q("{'name':'Acme','locale':'en','domain':'acme.example',"
        + "'support_email':'support@acme.example','status':'active','limits':{'agents':10,'inboxes':5},"
        + "'custom_attributes':{'plan':'pro'}}"));
    assertThat(a).isEqualTo(new PlatformAccount(7L, "Acme", "en", "acme.example", "support@acme.example",
        Map.of("inbound_emails", true, "help_center", false), Map.of("plan", "pro"),
        Map.of("agents", 10.0, "inboxes", 5.0), "active"));
  }

  @Test
  void createParsesTheSpecsMinimalShape() throws Exception {
    respond(200, q("{'id':8,'name':'My Account'}"));
    PlatformAccount a = platform().accounts().create(PlatformAccountParams.builder().name("My Account").build());
    expect("POST", "/platform/api/v1/accounts", q("{'name':'My Account'}"));
    assertThat(a.id()).isEqualTo(8L);
    assertThat(a.status()).isNull();
  }

  @Test
  void retrieve() throws Exception {
    respond(200, ACCOUNT_JSON);
    PlatformAccount a = platform().accounts().retrieve(7);
    expect("GET", "/platform/api/v1/accounts/7", null);
    assertThat(a.name()).isEqualTo("Acme");
    assertThat(a.limits()).containsEntry("agents", 10.0);
  }

  @Test
  void update() throws Exception {
    respond(200, ACCOUNT_JSON.replace("active", "suspended"));
    PlatformAccount a = platform().accounts().update(7,
        PlatformAccountParams.builder().status(PlatformAccountParams.STATUS_SUSPENDED).build());
    expect("PATCH", "/platform/api/v1/accounts/7", q("{'status':'suspended'}"));
    assertThat(a.status()).isEqualTo("suspended");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    platform().accounts().delete(7);
    expect("DELETE", "/platform/api/v1/accounts/7", null);
  }

  @Test
  void retrieveAsync() throws Exception {
    respond(200, ACCOUNT_JSON);
    PlatformAccount a = platform().accounts().retrieveAsync(7).get(5, TimeUnit.SECONDS);
    expect("GET", "/platform/api/v1/accounts/7", null);
    assertThat(a.id()).isEqualTo(7L);
  }

  @Test
  void deleteAsync() throws Exception {
    respondEmpty();
    assertThat(platform().accounts().deleteAsync(7).get(5, TimeUnit.SECONDS)).isNull();
    expect("DELETE", "/platform/api/v1/accounts/7", null);
  }

  @Test
  void missingAccountIs404() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> platform().accounts().retrieve(99))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.providerErrorMessage()).isEqualTo("Resource could not be found"));
  }

  @Test
  void paramsToStringShowsNamesOnly() {
    PlatformAccountParams p = PlatformAccountParams.builder().name("Acme").supportEmail("s@acme.example").build();
    assertThat(p.toString()).contains("name", "support_email").doesNotContain("Acme", "s@acme.example");
  }
}
