package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.qontak.model.InteractionSubscription;
import dev.omnichannel.qontak.model.MessageInteractionParams;
import dev.omnichannel.qontak.model.OrganizationSettings;
import dev.omnichannel.qontak.model.QontakJson;
import dev.omnichannel.qontak.model.RoomInteractionParams;
import dev.omnichannel.qontak.model.WabaInteractionParams;
import dev.omnichannel.qontak.model.WebhookSettingsBroadcastRate;
import dev.omnichannel.qontak.model.WebhookSettingsOngoingChatLimit;
import dev.omnichannel.qontak.model.WebhookSubscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InteractionServiceTest extends QontakTestSupport {

  static final String HOOK = "https://example.com/qontak/hook?secret=s3cr3t";

  /** The settings object of the seed (message interactions) with the MAG example's extra keys. */
  static final String SETTINGS = q("{'auto_assign_agent':false,'app_type':'full',"
      + "'auto_responder_in_office_hours':{'enabled':true,'message':'Halo, terima kasih'},"
      + "'auto_responder_out_office_hours':{'enabled':true,'message':'Kami akan segera membalas'},"
      + "'agent_can_takeover':true,'is_override_contact_by_upload':true,'agent_can_assign_agent':true,"
      + "'custom_agent_allocation':{'enabled':false,'webhooks':[{'id':'8af75000-ffd0-494c-b953-4d3bdcb3057a',"
      + "'event':'custom_agent_allocation','url':''}]},"
      + "'agent_assigned_to_room':{'enabled':false,'webhooks':[]},"
      + "'agent_unassigned_from_room':{'enabled':false,'webhooks':[]},"
      + "'agent_handover_room':{'enabled':false,'webhooks':[{'id':'e0f4fb71-418d-4084-b11b-fe23fb286d38',"
      + "'event':'agent_responsibility','url':'https://example.com/agents'}]},"
      + "'room_resolved':{'enabled':true,'webhooks':[{'id':'56ac7e92-95a7-43af-92ce-2396b9861e7a',"
      + "'event':'room_interaction','url':'" + HOOK + "','channel_integration_ids':['b3a2ee0b-7dac-47b8-a115-7bc63abf8f15']}]},"
      + "'room_created':{'enabled':false,'webhooks':[{'id':'56ac7e92-95a7-43af-92ce-2396b9861e7a',"
      + "'event':'room_interaction','url':'" + HOOK + "','channel_integration_ids':[]}]},"
      + "'receive_message_from_agent':{'enabled':false,'webhooks':[{'id':'9f544cd4-33cc-4e61-b074-e52984e6b090',"
      + "'event':'message_interaction','url':'" + HOOK + "'}]},"
      + "'receive_message_from_customer':{'enabled':true,'webhooks':[{'id':'9f544cd4-33cc-4e61-b074-e52984e6b090',"
      + "'event':'message_interaction','url':'" + HOOK + "'}]},"
      + "'status_message':{'enabled':true,'webhooks':[{'id':'9f544cd4-33cc-4e61-b074-e52984e6b090',"
      + "'event':'message_interaction','url':'" + HOOK + "'}]},"
      + "'broadcast_log_status':{'enabled':false,'webhooks':[]},"
      + "'agent_can_send_broadcast':true,"
      + "'status_template':{'enabled':true,'webhooks':[{'id':'d3e16133-5548-4dd6-ac1e-d79713738e2e',"
      + "'event':'waba_interaction','url':'https://example.com/templates'}]},"
      + "'available_user_status':{'enabled':true,'webhooks':[{'id':'15dcbe5b-6ee7-428a-9dd1-6293ab39b870',"
      + "'event':'available_user_status','url':'https://example.com/availability'}]},"
      + "'round_robin_all_agent':false,'round_robin_online_agent':false,"
      + "'limit_ongoing_chat':{'enabled':false,'type':'all_agents','max':212},"
      + "'is_queue_round_robin':false,'is_contact_masking':true,'broadcast_interval':5,'wa_cloud':true,"
      + "'contact_list_upload':200000,'contact_list_upload_csv':20000,'contact_list_upload_excel':5000,"
      + "'broadcast_rate':{'broadcast_direct_limit':3,'broadcast_direct_interval':60,'broadcast_list_limit':5,"
      + "'broadcast_list_interval':50},"
      + "'message_search':{'value':{'default_limit':'10','max_days_range':'730'}},"
      + "'some_future_webhook':{'enabled':true,'webhooks':[{'id':'0b8e0c5e-1111-4c4c-9999-6f3a0e1d2c3b',"
      + "'event':'future','url':'https://example.com/future'}]}}");

  static void assertSettings(OrganizationSettings s) {
    assertThat(s.receiveMessageFromCustomer().isEnabled()).isTrue();
    assertThat(s.receiveMessageFromCustomer().urls()).containsExactly(HOOK);
    assertThat(s.receiveMessageFromAgent().isEnabled()).isFalse();
    assertThat(s.statusMessage().webhooks()).containsExactly(new WebhookSubscription(
        "9f544cd4-33cc-4e61-b074-e52984e6b090", "message_interaction", HOOK, List.of()));
    assertThat(s.broadcastLogStatus()).isEqualTo(new InteractionSubscription(false, List.of()));
    assertThat(s.roomResolved().webhooks().get(0).channelIntegrationIds())
        .containsExactly("b3a2ee0b-7dac-47b8-a115-7bc63abf8f15");
    assertThat(s.roomCreated().isEnabled()).isFalse();
    assertThat(s.agentAssignedToRoom().webhooks()).isEmpty();
    assertThat(s.agentUnassignedFromRoom().isEnabled()).isFalse();
    assertThat(s.agentHandoverRoom().webhooks().get(0).event()).isEqualTo("agent_responsibility");
    assertThat(s.customAgentAllocation().urls()).isEmpty();
    assertThat(s.statusTemplate().webhooks().get(0).event()).isEqualTo("waba_interaction");
    assertThat(s.availableUserStatus().urls()).containsExactly("https://example.com/availability");
    assertThat(s.autoAssignAgent()).isFalse();
    assertThat(s.agentCanTakeover()).isTrue();
    assertThat(s.agentCanAssignAgent()).isTrue();
    assertThat(s.agentCanSendBroadcast()).isTrue();
    assertThat(s.isOverrideContactByUpload()).isTrue();
    assertThat(s.autoResponderInOfficeHours().message()).isEqualTo("Halo, terima kasih");
    assertThat(s.autoResponderOutOfficeHours().enabled()).isTrue();
    assertThat(s.roundRobinAllAgent()).isFalse();
    assertThat(s.roundRobinOnlineAgent()).isFalse();
    assertThat(s.isQueueRoundRobin()).isFalse();
    assertThat(s.limitOngoingChat()).isEqualTo(new WebhookSettingsOngoingChatLimit(false, "all_agents", 212));
    assertThat(s.isContactMasking()).isTrue();
    assertThat(s.broadcastInterval()).isEqualTo(5);
    assertThat(s.broadcastRate()).isEqualTo(new WebhookSettingsBroadcastRate(3, 60, 5, 50));
    assertThat(s.contactListUpload()).isEqualTo(200000);
    assertThat(s.contactListUploadCsv()).isEqualTo(20000);
    assertThat(s.contactListUploadExcel()).isEqualTo(5000);
    assertThat(s.appType()).isEqualTo("full");
    // Everything, typed keys included, is in raw.
    assertThat(s.raw()).containsKeys("wa_cloud", "message_search", "receive_message_from_customer", "broadcast_rate");
    assertThat(s.get("wa_cloud")).isEqualTo(true);
    assertThat(s.get("message_search")).isInstanceOf(Map.class);
    assertThat(s.subscription("some_future_webhook", QontakJson.moshi()).urls()).containsExactly("https://example.com/future");
    assertThat(s.subscription("wa_cloud", QontakJson.moshi())).isNull();
    assertThat(s.toString()).contains("keys]").doesNotContain("message_search");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateMessageInteractions(Mode mode) throws Exception {
    respond(200, ok(SETTINGS));
    OrganizationSettings s = client(mode).interactions().updateMessageInteractions(MessageInteractionParams.builder()
        .receiveMessageFromAgent(false).receiveMessageFromCustomer(true).statusMessage(true)
        .broadcastLogStatus(false).url(HOOK).build());
    expect(mode, "PUT", "/message_interactions", q("{'receive_message_from_agent':false,"
        + "'receive_message_from_customer':true,'status_message':true,'broadcast_log_status':false,"
        + "'url':'" + HOOK + "'}"));
    assertSettings(s);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateMessageInteractionsAsyncSendsOnlyTheFlagsSet(Mode mode) throws Exception {
    respond(200, ok(SETTINGS));
    OrganizationSettings s = client(mode).interactions().updateMessageInteractionsAsync(MessageInteractionParams
        .builder().receiveMessageFromCustomer(true).url(HOOK).build()).get(5, TimeUnit.SECONDS);
    expect(mode, "PUT", "/message_interactions", q("{'receive_message_from_customer':true,'url':'" + HOOK + "'}"));
    assertThat(s.receiveMessageFromCustomer().isEnabled()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getMessageInteractions(Mode mode) throws Exception {
    respond(200, ok(SETTINGS));
    assertSettings(client(mode).interactions().getMessageInteractions());
    expect(mode, "GET", "/message_interactions", null);
    respond(200, ok(SETTINGS));
    assertSettings(client(mode).interactions().getMessageInteractionsAsync().get(5, TimeUnit.SECONDS));
    expect(mode, "GET", "/message_interactions", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateRoomInteractions(Mode mode) throws Exception {
    respond(200, ok(SETTINGS));
    OrganizationSettings s = client(mode).interactions().updateRoomInteractions(
        RoomInteractionParams.builder().roomResolved(true).url(HOOK).build());
    expect(mode, "PUT", "/room_interactions", q("{'room_resolved':true,'url':'" + HOOK + "'}"));
    assertThat(s.roomResolved().isEnabled()).isTrue();
    assertThat(s.roomResolved().urls()).containsExactly(HOOK);
    respond(200, ok(SETTINGS));
    client(mode).interactions().updateRoomInteractionsAsync(RoomInteractionParams.builder().roomResolved(false)
        .url(HOOK).extra("room_created", true).build()).get(5, TimeUnit.SECONDS);
    expect(mode, "PUT", "/room_interactions", q("{'room_resolved':false,'url':'" + HOOK + "','room_created':true}"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getRoomInteractions(Mode mode) throws Exception {
    respond(200, ok(SETTINGS));
    assertSettings(client(mode).interactions().getRoomInteractions());
    expect(mode, "GET", "/room_interactions", null);
    respond(200, ok(SETTINGS));
    assertThat(client(mode).interactions().getRoomInteractionsAsync().get(5, TimeUnit.SECONDS).roomCreated()
        .isEnabled()).isFalse();
    expect(mode, "GET", "/room_interactions", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateWabaInteractions(Mode mode) throws Exception {
    respond(200, ok(SETTINGS));
    OrganizationSettings s = client(mode).interactions().updateWabaInteractions(
        WabaInteractionParams.builder().statusTemplate(true).url("https://example.com/templates").build());
    expect(mode, "PUT", "/waba_interactions", q("{'status_template':true,'url':'https://example.com/templates'}"));
    assertThat(s.statusTemplate().urls()).containsExactly("https://example.com/templates");
    // The response body is unknown (community code only checks the 200): anything else is null.
    respond(200, q("{'status':'success'}"));
    assertThat(client(mode).interactions().updateWabaInteractionsAsync(WabaInteractionParams.builder()
        .statusTemplate(false).url(HOOK).build()).get(5, TimeUnit.SECONDS)).isNull();
    expect(mode, "PUT", "/waba_interactions", q("{'status_template':false,'url':'" + HOOK + "'}"));
    respond(200, "");
    assertThat(client(mode).interactions().updateWabaInteractions(WabaInteractionParams.builder()
        .statusTemplate(true).url(HOOK).build())).isNull();
    expect(mode, "PUT", "/waba_interactions", q("{'status_template':true,'url':'" + HOOK + "'}"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void validationErrorsAreTyped(Mode mode) throws Exception {
    respond(422, q("{'status':'error','error':{'code':422,'messages':['url is missing']}}"));
    assertThatThrownBy(() -> client(mode).interactions().updateRoomInteractions(
        RoomInteractionParams.builder().roomResolved(true).url(HOOK).build()))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("url is missing");
    expect(mode, "PUT", "/room_interactions", q("{'room_resolved':true,'url':'" + HOOK + "'}"));
  }

  @Test
  void buildersRequireAUrl() {
    assertThatThrownBy(() -> MessageInteractionParams.builder().statusMessage(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    assertThatThrownBy(() -> RoomInteractionParams.builder().roomResolved(true).url(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    assertThatThrownBy(() -> WabaInteractionParams.builder().statusTemplate(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    assertThat(MessageInteractionParams.builder().url(HOOK).build().toString())
        .isEqualTo("MessageInteractionParams[url]").doesNotContain("s3cr3t");
    assertThatThrownBy(() -> QontakClient.builder().accessToken("t").build().interactions()
        .updateMessageInteractions(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void settingsParseWithoutAnEnvelopeAndRoundTripRaw() throws Exception {
    OrganizationSettings s = QontakJson.moshi().adapter(OrganizationSettings.class).fromJson(SETTINGS);
    assertSettings(s);
    String back = QontakJson.moshi().adapter(OrganizationSettings.class).toJson(s);
    assertThat(QontakJson.moshi().adapter(OrganizationSettings.class).fromJson(back)).isEqualTo(s);
    OrganizationSettings empty = QontakJson.moshi().adapter(OrganizationSettings.class).fromJson("{}");
    assertThat(empty.raw()).isEmpty();
    assertThat(empty.receiveMessageFromCustomer()).isNull();
  }
}
