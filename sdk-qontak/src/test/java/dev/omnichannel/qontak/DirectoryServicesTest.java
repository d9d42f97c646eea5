package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.qontak.model.Channel;
import dev.omnichannel.qontak.model.ChannelIntegration;
import dev.omnichannel.qontak.model.Division;
import dev.omnichannel.qontak.model.IntegrationListParams;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.User;
import dev.omnichannel.qontak.model.UserListParams;
import dev.omnichannel.qontak.model.UserRole;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Integrations, users and divisions (research §6.1 rows 4-9) in both auth modes. */
class DirectoryServicesTest extends QontakTestSupport {

  static final String INTEGRATION = q("{'id':'c3370195-3451-4645-99a1-578c47b24d41','target_channel':'wa',"
      + "'webhook':'LswudlTUZRpJErf-kqHB2A','settings':{'domain_server':'https://api-whatsapp.qontak.net',"
      + "'authorization':'Y7Rt3W43VGVyhmFuZzgyM4E=','account_name':'Qontak','server_wa_id':'6288233262100'},"
      + "'organization_id':'7e6e0187-6707-464f-8b99-59b094caae0b','created_at':'2020-07-28T02:43:30.060+00:00'}");
  static final String USER = q("{'id':'u-1','organization_id':'o-1','full_name':'Rina Agent','email':'rina@toko.id',"
      + "'role':'agent','avatar':{'url':null},'assigned_count':3,'is_online':true,"
      + "'divisions':[{'id':'d-1','name':'Sales'}],'extra':{'max_ongoing_chat':10}}");
  static final String DIVISION = q("{'id':'d-1','organization_id':'o-1','name':'Sales','default':true,"
      + "'created_at':'2023-01-02T03:04:05.000Z','users':[{'id':'u-1','full_name':'Rina Agent','role':'agent',"
      + "'email':'rina@toko.id'}],'channels':[{'id':'c3370195-3451-4645-99a1-578c47b24d41','target_channel':'wa',"
      + "'channel_name':'Toko WA'}],'is_contact_masking':false}");

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listIntegrationsOfOneChannel(Mode mode) throws Exception {
    respond(200, page(INTEGRATION, null, 1, 4, 1));
    var page = client(mode).integrations().list(IntegrationListParams.builder().targetChannel(Channel.WA).all(true).build());
    expect(mode, "GET", "/integrations?target_channel=wa&all=true", null);
    ChannelIntegration i = page.items().get(0);
    assertThat(i.targetChannel()).isEqualTo(Channel.WA);
    assertThat(i.settings()).containsEntry("server_wa_id", "6288233262100");
    assertThat(i.toString()).doesNotContain("Y7Rt3W43VGVyhmFuZzgyM4E=");
    assertThat(page.pagination().total()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveIntegration(Mode mode) throws Exception {
    respond(200, ok(INTEGRATION));
    ChannelIntegration i = client(mode).integrations().retrieveAsync("c3370195-3451-4645-99a1-578c47b24d41")
        .get(5, TimeUnit.SECONDS);
    expect(mode, "GET", "/integrations/c3370195-3451-4645-99a1-578c47b24d41", null);
    assertThat(i.organizationId()).isEqualTo("7e6e0187-6707-464f-8b99-59b094caae0b");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listUsersByRole(Mode mode) throws Exception {
    respond(200, page(USER, null, 1, 10, 1));
    List<User> users = client(mode).users().list(UserListParams.builder().role(UserRole.AGENT).query("rina")
        .limit(10).build()).items();
    expect(mode, "GET", "/users?role=agent&query=rina&limit=10", null);
    assertThat(users.get(0).role()).isEqualTo(UserRole.AGENT);
    assertThat(users.get(0).divisions()).extracting(User.DivisionRef::name).containsExactly("Sales");
    respond(200, page(USER, null, 1, 10, 1));
    assertThat(client(mode).users().listAutoPaging(null).stream().count()).isEqualTo(1);
    expect(mode, "GET", "/users", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void divisions(Mode mode) throws Exception {
    respond(200, page(DIVISION, null, 1, 10, 1));
    Division d = client(mode).divisions().list(ListParams.common().orderBy("name").build()).items().get(0);
    expect(mode, "GET", "/divisions?order_by=name", null);
    assertThat(d.isDefault()).isTrue();
    assertThat(d.channels().get(0).targetChannel()).isEqualTo(Channel.WA);

    respond(200, ok("[" + DIVISION + "]"));
    assertThat(client(mode).divisions().mine()).hasSize(1);
    expect(mode, "GET", "/divisions/me", null);

    respond(200, ok("[" + INTEGRATION + "]"));
    assertThat(client(mode).divisions().channels("d-1")).extracting(ChannelIntegration::id)
        .containsExactly("c3370195-3451-4645-99a1-578c47b24d41");
    expect(mode, "GET", "/divisions/d-1/channels", null);
  }
}
