package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.qontak.model.Broadcast;
import dev.omnichannel.qontak.model.BroadcastBodyParameter;
import dev.omnichannel.qontak.model.BroadcastBulkParams;
import dev.omnichannel.qontak.model.BroadcastButton;
import dev.omnichannel.qontak.model.BroadcastDirectParams;
import dev.omnichannel.qontak.model.BroadcastExecuteType;
import dev.omnichannel.qontak.model.BroadcastHeader;
import dev.omnichannel.qontak.model.BroadcastListParams;
import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.BroadcastLogListParams;
import dev.omnichannel.qontak.model.Channel;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.MessageStatus;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.WhatsAppNumberCheck;
import dev.omnichannel.qontak.model.WhatsAppNumberCheckParams;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BroadcastServiceTest extends QontakTestSupport {

  static final String BROADCAST_ID = "98b463bc-a8f1-4f19-84df-ae62967ff795";
  static final String TEMPLATE_ID = "60cccaa0-ccd9-4efd-bdfb-875859c4b50a";
  static final String CHANNEL_ID = "56b60c3c-0123-46af-958b-32f3ad12ee37";
  static final String LIST_ID = "b05891ce-e4df-4ae4-8e95-f094925d4253";

  static final String TEMPLATE = q("{'id':'6b6f8963-13cd-4e55-ab48-41c1578bfa4f',"
      + "'organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','name':'invoice_reminder','language':'id',"
      + "'header':{'format':'DOCUMENT'},'body':'Halo {{1}}, tagihan Anda terlampir.','footer':null,"
      + "'buttons':[{'type':'URL','text':'Bayar','url':'https://toko.id/pay/{{1}}'}],'status':'APPROVED',"
      + "'category':'UTILITY','quality_rating':null,'quality_rating_text':'Neutral'}");

  /** The MAG detail example, with a direct broadcast's contact instead of a list. */
  static final String DIRECT_BROADCAST = q("{'id':'" + BROADCAST_ID + "','name':'direct_6281234567890',"
      + "'organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','channel_integration_id':'" + CHANNEL_ID + "',"
      + "'contact_list_id':null,'contact_id':'0f3c1a1e-5b8a-4c1e-9d59-0d5a6f1b2c3d','target_channel':'wa',"
      + "'send_at':'2024-10-15T21:18:44.033Z','execute_status':'todo','execute_type':'immediately',"
      + "'parameters':{'header':{'url':'https://cdn.qontak.com/uploads/invoice.pdf','filename':'invoice.pdf'},"
      + "'body':{'1':'Budi'},'buttons':{'0':'INV-001'}},'created_at':'2024-10-15T21:18:44.042Z',"
      + "'message_status_count':{'failed':0,'delivered':0,'read':0,'pending':1,'sent':0},'contact_extra':{},"
      + "'message_template':" + TEMPLATE + ",'division_id':null,'message_broadcast_error':'n/a',"
      + "'sender_name':'SPV Prod AT Satu','sender_email':'spv.prodat1@yopmail.com',"
      + "'channel_account_name':'Qontak Test Load','channel_phone_number':'6287814523385'}");

  /** The MAG spec's detail example ({@code GET /broadcasts/{id}/whatsapp}). */
  static final String DETAIL = q("{'id':'" + BROADCAST_ID + "','name':'broadcast_automation_1729027102497',"
      + "'organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','channel_integration_id':'2fe8177e-3944-4abb-96ac-2db21c7ec0b8',"
      + "'contact_list_id':'" + LIST_ID + "','contact_id':null,'target_channel':'wa',"
      + "'send_at':'2024-10-15T21:18:44.033Z','execute_status':'done','execute_type':'immediately',"
      + "'parameters':{'header':{},'body':{},'buttons':{}},'created_at':'2024-10-15T21:18:44.042Z',"
      + "'message_status_count':{'failed':0,'delivered':0,'read':0,'pending':0,'sent':0},'contact_extra':{},"
      + "'message_template':{'id':'6b6f8963-13cd-4e55-ab48-41c1578bfa4f','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
      + "'name':'sorry_yee','language':'id','header':null,'body':'--STAGING--\\n\\nTabrak-tabrak masuk','footer':null,"
      + "'buttons':[],'status':'APPROVED','category':'MARKETING','quality_rating':null,'quality_rating_text':'Neutral'},"
      + "'division_id':null,'message_broadcast_error':'n/a','contact_list_name':'list_ikim1',"
      + "'sender_name':'SPV Prod AT Satu','sender_email':'spv.prodat1@yopmail.com',"
      + "'channel_account_name':'Qontak Test Load','channel_phone_number':'6287814523385'}");

  /** The MAG spec's log example: a failed entry (template missing in the language). */
  static final String LOG_FAILED = q("{'id':'1b0f6a52-5b1f-4a53-9a7e-0f2b1d9e7c11','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
      + "'messages_broadcast_id':'" + BROADCAST_ID + "','contact_phone_number':'612381239','contact_full_name':'uzi',"
      + "'status':'failed','whatsapp_message_id':'n/a',"
      + "'whatsapp_error_message':'The template (sorry_yee) does not exist in the specified language (id) and locale (), or the template has not been approved',"
      + "'messages_response':{'code':'404','meta':{'version':'2.55.1','api_status':'stable'},"
      + "'errors':[{'code':2001,'title':'Template name does not exist in the translation','details':'The template (sorry_yee) does not exist'}]},"
      + "'messages':{'body':{'type':'body','template':'--STAGING--','parameters':[]},"
      + "'header':{'type':'header','template':{},'parameters':[]},'buttons':{'type':'buttons','template':null,'parameters':[]}},"
      + "'created_at':'2024-10-15T21:18:44.298Z','is_pacing':false,'channel_integration_id':'2fe8177e-3944-4abb-96ac-2db21c7ec0b8'}");

  static String logEntry(String id, String status) {
    return q("{'id':'" + id + "','messages_broadcast_id':'" + BROADCAST_ID + "','contact_phone_number':'6282113410474',"
        + "'contact_full_name':'Burhanudin Hakim','status':'" + status + "','whatsapp_message_id':'gBGHYoIRNBBHTwIJw0J-68xQihiX',"
        + "'whatsapp_error_message':'n/a','messages_response':{'messages':[{'id':'gBGHYoIRNBBHTwIJw0J-68xQihiX'}]},"
        + "'messages':{'body':{'type':'body','parameters':{'1':'audrey'},'template':'Helo {{1}}'}},"
        + "'created_at':'2021-07-02T07:16:22.549Z'}");
  }

  static BroadcastDirectParams.Builder direct() {
    return BroadcastDirectParams.builder().toNumber("6281234567890").messageTemplateId(TEMPLATE_ID)
        .channelIntegrationId(CHANNEL_ID).language("id");
  }

  // --- row 18: direct ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendDirectSendsEveryFieldAndParsesTheBroadcast(Mode mode) throws Exception {
    respond(201, ok(DIRECT_BROADCAST));
    BroadcastDirectParams params = BroadcastDirectParams.builder()
        .toNumber("+62 812-3456-7890")
        .toName("Budi")
        .messageTemplateId(TEMPLATE_ID)
        .channelIntegrationId(CHANNEL_ID)
        .language("id")
        .name("invoice INV-001")
        .header(BroadcastHeader.document("https://cdn.qontak.com/uploads/invoice.pdf", "invoice.pdf"))
        .bodyParameter("1", "customer_name", "Budi")
        .urlButton(0, "INV-001")
        .build();

    Broadcast b = client(mode).broadcasts().sendDirect(params);

    expect(mode, "POST", "/broadcasts/whatsapp/direct", q("{'to_number':'6281234567890','to_name':'Budi',"
        + "'message_template_id':'" + TEMPLATE_ID + "','channel_integration_id':'" + CHANNEL_ID + "',"
        + "'language':{'code':'id'},'name':'invoice INV-001','parameters':{'header':{'format':'DOCUMENT',"
        + "'params':[{'key':'url','value':'https://cdn.qontak.com/uploads/invoice.pdf'},{'key':'filename','value':'invoice.pdf'}]},"
        + "'body':[{'key':'1','value':'customer_name','value_text':'Budi'}],"
        + "'buttons':[{'index':'0','type':'url','value':'INV-001'}]}}"));
    assertThat(b.id()).isEqualTo(BROADCAST_ID);
    assertThat(b.contactId()).isEqualTo("0f3c1a1e-5b8a-4c1e-9d59-0d5a6f1b2c3d");
    assertThat(b.contactListId()).isNull();
    assertThat(b.targetChannel()).isEqualTo(Channel.WA);
    assertThat(b.executeType()).isEqualTo(BroadcastExecuteType.IMMEDIATELY);
    assertThat(b.sendAt()).isEqualTo(Instant.parse("2024-10-15T21:18:44.033Z"));
    assertThat(b.messageStatusCount().pending()).isEqualTo(1);
    assertThat(b.messageStatusCount().total()).isEqualTo(1);
    assertThat(b.parameters()).containsEntry("body", Map.of("1", "Budi"));
    assertThat(b.messageTemplateId()).isEqualTo("6b6f8963-13cd-4e55-ab48-41c1578bfa4f");
    assertThat(b.messageTemplate()).containsEntry("name", "invoice_reminder").containsEntry("category", "UTILITY");
    assertThat(b.broadcastError()).isNull();
    assertThat(b.messageBroadcastError()).isEqualTo("n/a");
    assertThat(b.channelPhoneNumber()).isEqualTo("6287814523385");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendDirectAsyncWithTheOtpHelperAndDefaultName(Mode mode) throws Exception {
    respond(201, ok(DIRECT_BROADCAST));
    Broadcast b = client(mode).broadcasts().sendDirectAsync(direct().otp("123456").build()).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/broadcasts/whatsapp/direct", q("{'to_number':'6281234567890',"
        + "'message_template_id':'" + TEMPLATE_ID + "','channel_integration_id':'" + CHANNEL_ID + "',"
        + "'language':{'code':'id'},'to_name':'6281234567890','parameters':{"
        + "'body':[{'key':'1','value':'otp','value_text':'123456'}],"
        + "'buttons':[{'index':'0','type':'url','value':'123456'}]}}"));
    assertThat(b.id()).isEqualTo(BROADCAST_ID);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTemplateWithoutVariablesSendsEmptyParametersAndImageHeadersWork(Mode mode) throws Exception {
    respond(201, ok(DIRECT_BROADCAST));
    client(mode).broadcasts().sendDirect(direct().toName("Test User").build());
    expect(mode, "POST", "/broadcasts/whatsapp/direct", q("{'to_number':'6281234567890',"
        + "'message_template_id':'" + TEMPLATE_ID + "','channel_integration_id':'" + CHANNEL_ID + "',"
        + "'language':{'code':'id'},'to_name':'Test User','parameters':{}}"));
    respond(201, ok(DIRECT_BROADCAST));
    client(mode).broadcasts().sendDirect(direct().toName("T")
        .header(BroadcastHeader.image("https://cdn.qontak.com/uploads/logo-qontak.png", null))
        .bodyParameter(BroadcastBodyParameter.of("2", "lagu", "lagu nusantara"))
        .button(new BroadcastButton("1", "URL", "abc")).build());
    expect(mode, "POST", "/broadcasts/whatsapp/direct", q("{'to_number':'6281234567890',"
        + "'message_template_id':'" + TEMPLATE_ID + "','channel_integration_id':'" + CHANNEL_ID + "',"
        + "'language':{'code':'id'},'to_name':'T','parameters':{'header':{'format':'IMAGE',"
        + "'params':[{'key':'url','value':'https://cdn.qontak.com/uploads/logo-qontak.png'}]},"
        + "'body':[{'key':'2','value':'lagu','value_text':'lagu nusantara'}],"
        + "'buttons':[{'index':'1','type':'URL','value':'abc'}]}}"));
  }

  @Test
  void directBuilderNormalisesNumbersAndRequiresFields() {
    assertThat(BroadcastDirectParams.normalizeNumber("+62 (812) 3456-7890")).isEqualTo("6281234567890");
    assertThat(BroadcastDirectParams.normalizeNumber("62.812.3456.7890")).isEqualTo("6281234567890");
    assertThatThrownBy(() -> BroadcastDirectParams.normalizeNumber("+62 812 CALL ME"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only digits");
    assertThatThrownBy(() -> BroadcastDirectParams.builder().toNumber(" ")).hasMessageContaining("to_number");
    assertThatThrownBy(() -> BroadcastDirectParams.builder().build()).hasMessageContaining("to_number is required");
    assertThatThrownBy(() -> BroadcastDirectParams.builder().toNumber("62812").build())
        .hasMessageContaining("message_template_id is required");
    assertThatThrownBy(() -> BroadcastDirectParams.builder().toNumber("62812").messageTemplateId("t").build())
        .hasMessageContaining("channel_integration_id is required");
    assertThatThrownBy(() -> BroadcastDirectParams.builder().toNumber("62812").messageTemplateId("t")
        .channelIntegrationId("c").build()).hasMessageContaining("language is required");
    assertThatThrownBy(() -> direct().bodyParameter(BroadcastBodyParameter.column("1", "full_name")))
        .hasMessageContaining("value_text");
    assertThatThrownBy(() -> direct().bodyParameter("", "x", "y")).hasMessageContaining("key");
    assertThatThrownBy(() -> direct().otp(" ")).hasMessageContaining("otp");
    assertThatThrownBy(() -> BroadcastHeader.document(null, "a.pdf")).hasMessageContaining("url");
    assertThatThrownBy(() -> BroadcastButton.url(-1, "x")).hasMessageContaining("index");
    BroadcastDirectParams p = direct().toName("Budi").build();
    assertThat(p.toString()).contains("to_number").doesNotContain("6281234567890").doesNotContain("Budi");
  }

  // --- row 19: bulk ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendBulkSendsColumnsAndSchedule(Mode mode) throws Exception {
    respond(201, ok(DETAIL.replace("\"execute_type\":\"immediately\"", "\"execute_type\":\"specific\"")));
    Broadcast b = client(mode).broadcasts().sendBulk(BroadcastBulkParams.builder()
        .name("promo_oktober")
        .messageTemplateId(TEMPLATE_ID)
        .contactListId(LIST_ID)
        .channelIntegrationId(CHANNEL_ID)
        .language("id")
        .scheduleAt(Instant.parse("2024-10-16T02:00:00Z"))
        .header(BroadcastHeader.image("https://cdn.qontak.com/uploads/promo.jpg", "promo.jpg"))
        .bodyParameter("1", "full_name")
        .bodyParameter(BroadcastBodyParameter.column("2", "voucher"))
        .urlButton(0, "promo")
        .build());
    expect(mode, "POST", "/broadcasts/whatsapp", q("{'name':'promo_oktober','message_template_id':'" + TEMPLATE_ID + "',"
        + "'contact_list_id':'" + LIST_ID + "','channel_integration_id':'" + CHANNEL_ID + "','language':{'code':'id'},"
        + "'send_at':'2024-10-16T02:00:00Z','execute_type':'specific','parameters':{'header':{'format':'IMAGE',"
        + "'params':[{'key':'url','value':'https://cdn.qontak.com/uploads/promo.jpg'},{'key':'filename','value':'promo.jpg'}]},"
        + "'body':[{'key':'1','value':'full_name'},{'key':'2','value':'voucher'}],"
        + "'buttons':[{'index':'0','type':'url','value':'promo'}]}}"));
    assertThat(b.contactListId()).isEqualTo(LIST_ID);
    assertThat(b.executeType()).isEqualTo(BroadcastExecuteType.SPECIFIC);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendBulkAsyncMinimal(Mode mode) throws Exception {
    respond(201, ok(DETAIL));
    Broadcast b = client(mode).broadcasts().sendBulkAsync(BroadcastBulkParams.builder().name("n")
        .messageTemplateId(TEMPLATE_ID).contactListId(LIST_ID).channelIntegrationId(CHANNEL_ID)
        .executeType(BroadcastExecuteType.IMMEDIATELY).build()).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/broadcasts/whatsapp", q("{'name':'n','message_template_id':'" + TEMPLATE_ID + "',"
        + "'contact_list_id':'" + LIST_ID + "','channel_integration_id':'" + CHANNEL_ID + "',"
        + "'execute_type':'immediately','parameters':{}}"));
    assertThat(b.id()).isEqualTo(BROADCAST_ID);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void pleaseWait422IsRetriedLikeA429ButOther422sAreNot(Mode mode) throws Exception {
    String pleaseWait = q("{'status':'error','error':{'code':422,'messages':['Please wait a moment to send a new broadcast message.']}}");
    BroadcastBulkParams params = BroadcastBulkParams.builder().name("n").messageTemplateId(TEMPLATE_ID)
        .contactListId(LIST_ID).channelIntegrationId(CHANNEL_ID).bodyParameter("1", "full_name").build();
    respond(422, pleaseWait);
    respond(201, ok(DETAIL));
    assertThat(client(mode).broadcasts().sendBulk(params).id()).isEqualTo(BROADCAST_ID);
    assertThat(sleeper.sleeps()).hasSize(1);
    String body = q("{'name':'n','message_template_id':'" + TEMPLATE_ID + "','contact_list_id':'" + LIST_ID
        + "','channel_integration_id':'" + CHANNEL_ID + "','parameters':{'body':[{'key':'1','value':'full_name'}]}}");
    expect(mode, "POST", "/broadcasts/whatsapp", body);
    expect(mode, "POST", "/broadcasts/whatsapp", body);

    respond(422, "{\"status\":\"error\",\"error\":{\"code\":422,\"messages\":"
        + "[\"Couldn't find contact list with 'id'=" + LIST_ID + "\"]}}");
    assertThatThrownBy(() -> client(mode).broadcasts().sendBulk(params))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("Couldn't find contact list");
    assertThat(sleeper.sleeps()).hasSize(1);

    respond(422, pleaseWait);
    respond(422, pleaseWait);
    assertThatThrownBy(() -> client(mode).broadcasts()
        .withRequestOptions(RequestOptions.builder().maxRetries(1).build()).sendBulk(params))
        .isInstanceOf(RateLimitException.class).hasMessageContaining("Please wait");
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void bulkBuilderRequiresFields() {
    assertThatThrownBy(() -> BroadcastBulkParams.builder().build()).hasMessageContaining("name is required");
    assertThatThrownBy(() -> BroadcastBulkParams.builder().name("n").build()).hasMessageContaining("message_template_id");
    assertThatThrownBy(() -> BroadcastBulkParams.builder().name("n").messageTemplateId("t").build())
        .hasMessageContaining("contact_list_id");
    assertThatThrownBy(() -> BroadcastBulkParams.builder().name("n").messageTemplateId("t").contactListId("l").build())
        .hasMessageContaining("channel_integration_id");
    assertThatThrownBy(() -> BroadcastBulkParams.builder().bodyParameter("1", " ")).hasMessageContaining("column");
  }

  // --- row 20: list ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listWithEveryFilterParsesTheSpecExample(Mode mode) throws Exception {
    respond(200, "{\"status\":\"success\",\"data\":[" + DETAIL + "],\"meta\":{\"pagination\":{\"cursor\":{\"next\":null,"
        + "\"prev\":1728392586972,\"pit\":null},\"offset\":1,\"limit\":100,\"total\":100,\"target_offset\":0}}}");
    QontakList<Broadcast> page = client(mode).broadcasts().list(BroadcastListParams.builder()
        .category("MARKETING").startDate(LocalDate.of(2024, 10, 1)).endDate(LocalDate.of(2024, 10, 31))
        .targetChannels(Channel.WA, Channel.WA_CLOUD)
        .executeTypes(BroadcastExecuteType.IMMEDIATELY, BroadcastExecuteType.CAMPAIGN_PLAN)
        .limit(100).orderBy("created_at").orderDirection("desc").build());
    expect(mode, "GET", "/broadcasts/whatsapp?category=MARKETING&start_date=2024-10-01&end_date=2024-10-31"
        + "&target_channel%5B%5D=wa&target_channel%5B%5D=wa_cloud"
        + "&execute_types%5B%5D=immediately&execute_types%5B%5D=campaign_plan"
        + "&limit=100&order_by=created_at&order_direction=desc", null);
    assertThat(page.items()).singleElement().satisfies(b -> {
      assertThat(b.name()).isEqualTo("broadcast_automation_1729027102497");
      assertThat(b.executeStatus()).isEqualTo("done");
      assertThat(b.messageTemplate()).containsEntry("name", "sorry_yee");
    });
    assertThat(page.pagination().cursor().prev()).isEqualTo("1728392586972");
    assertThat(page.pagination().cursor().next()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listAsyncAndAutoPaging(Mode mode) throws Exception {
    respond(200, page(DETAIL, null, 1, 100, 1));
    assertThat(client(mode).broadcasts().listAsync(ListParams.none()).get(5, TimeUnit.SECONDS).items()).hasSize(1);
    expect(mode, "GET", "/broadcasts/whatsapp", null);

    respond(200, page(DETAIL + "," + DETAIL.replace(BROADCAST_ID, "b2"), "Y3Vyc29yMg==", 1, 2, 3));
    respond(200, page(DETAIL.replace(BROADCAST_ID, "b3"), "Y3Vyc29yMw==", 2, 2, 3));
    var ids = client(mode).broadcasts().listAutoPaging(BroadcastListParams.builder().limit(2).build())
        .stream().map(Broadcast::id).toList();
    assertThat(ids).containsExactly(BROADCAST_ID, "b2", "b3");
    expect(mode, "GET", "/broadcasts/whatsapp?limit=2", null);
    expect(mode, "GET", "/broadcasts/whatsapp?limit=2&cursor=Y3Vyc29yMg%3D%3D", null);
  }

  // --- row 21: retrieve ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveParsesTheSpecDetail(Mode mode) throws Exception {
    respond(200, ok(DETAIL));
    Broadcast b = client(mode).broadcasts().retrieve(BROADCAST_ID);
    expect(mode, "GET", "/broadcasts/" + BROADCAST_ID + "/whatsapp", null);
    assertThat(b.contactListName()).isEqualTo("list_ikim1");
    assertThat(b.contactListId()).isEqualTo(LIST_ID);
    assertThat(b.contactId()).isNull();
    assertThat(b.divisionId()).isNull();
    assertThat(b.createdAt()).isEqualTo(Instant.parse("2024-10-15T21:18:44.042Z"));
    assertThat(b.messageStatusCount()).isEqualTo(new Broadcast.MessageStatusCount(0, 0, 0, 0, 0));
    assertThat(b.contactExtra()).isEmpty();
    assertThat(b.parameters()).containsOnlyKeys("header", "body", "buttons");
    assertThat(b.senderEmail()).isEqualTo("spv.prodat1@yopmail.com");
    assertThat(b.channelAccountName()).isEqualTo("Qontak Test Load");
    assertThat(b.broadcastError()).isNull();

    respond(200, ok(DETAIL.replace("\"message_broadcast_error\":\"n/a\"",
        "\"message_broadcast_error\":\"template is paused\",\"message_broadcast_plan_id\":\"p1\"")
        .replace("\"execute_type\":\"immediately\"", "\"execute_type\":\"drip\"")));
    Broadcast failed = client(mode).broadcasts().retrieveAsync(BROADCAST_ID).get(5, TimeUnit.SECONDS);
    expect(mode, "GET", "/broadcasts/" + BROADCAST_ID + "/whatsapp", null);
    assertThat(failed.broadcastError()).isEqualTo("template is paused");
    assertThat(failed.messageBroadcastPlanId()).isEqualTo("p1");
    assertThat(failed.executeType().isKnown()).isFalse();
    assertThat(failed.executeType().value()).isEqualTo("drip");
  }

  // --- row 22: log ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void logParsesTheSpecExample(Mode mode) throws Exception {
    respond(200, "{\"status\":\"success\",\"data\":[" + LOG_FAILED + "],\"meta\":{\"pagination\":{\"cursor\":"
        + "{\"next\":null,\"prev\":null},\"offset\":1,\"limit\":1,\"total\":1}}}");
    QontakList<BroadcastLog> page = client(mode).broadcasts().log(BROADCAST_ID,
        BroadcastLogListParams.builder().limit(1).build());
    expect(mode, "GET", "/broadcasts/" + BROADCAST_ID + "/whatsapp/log?limit=1", null);
    BroadcastLog log = page.items().get(0);
    assertThat(log.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(log.whatsappError()).contains("does not exist in the specified language");
    assertThat(log.whatsappMessageId()).isEqualTo("n/a");
    assertThat(log.messagesResponse()).containsKey("errors");
    assertThat(log.isPacing()).isFalse();
    assertThat(page.pagination().total()).isEqualTo(1);

    respond(200, page(logEntry("l1", "delivered"), null, 1, 100, 1));
    QontakList<BroadcastLog> async = client(mode).broadcasts().logAsync(BROADCAST_ID, null).get(5, TimeUnit.SECONDS);
    expect(mode, "GET", "/broadcasts/" + BROADCAST_ID + "/whatsapp/log", null);
    assertThat(async.items().get(0).status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(async.items().get(0).whatsappError()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void logAutoPagingFollowsCursors(Mode mode) throws Exception {
    respond(200, page(logEntry("l1", "read") + "," + logEntry("l2", "sent"), "MTYyNTIxMDE4Mi41NDk=", 1, 2, 3));
    respond(200, page(logEntry("l3", "failed"), "MTYyNTIxMDE4Mi45OTk=", 2, 2, 3));
    var statuses = client(mode).broadcasts().logAutoPaging(BROADCAST_ID, BroadcastLogListParams.builder().limit(2).build())
        .stream().map(l -> l.id() + ":" + l.status().value()).toList();
    assertThat(statuses).containsExactly("l1:read", "l2:sent", "l3:failed");
    expect(mode, "GET", "/broadcasts/" + BROADCAST_ID + "/whatsapp/log?limit=2", null);
    expect(mode, "GET", "/broadcasts/" + BROADCAST_ID + "/whatsapp/log?limit=2&cursor=MTYyNTIxMDE4Mi41NDk%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // --- row 23: WhatsApp number check ---

  static final String CHECK = ok(q("{'contacts':[{'input':'+62 812-3456-7890','status':'valid','wa_id':'6281234567890'},"
      + "{'input':'628000','status':'invalid'}]}"));

  @ParameterizedTest
  @EnumSource(Mode.class)
  void checkNumbers(Mode mode) throws Exception {
    respond(200, CHECK);
    WhatsAppNumberCheck check = client(mode).broadcasts().checkNumbers(CHANNEL_ID, List.of(" +62 812-3456-7890 ", "628000"));
    expect(mode, "POST", "/broadcasts/contacts", q("{'channel_integration_id':'" + CHANNEL_ID + "',"
        + "'phone_numbers':['+62 812-3456-7890','628000']}"));
    assertThat(check.contacts()).hasSize(2);
    assertThat(check.find("+62 812-3456-7890")).get().satisfies(c -> {
      assertThat(c.isValid()).isTrue();
      assertThat(c.waId()).isEqualTo("6281234567890");
    });
    assertThat(check.find("628000")).get().satisfies(c -> assertThat(c.isValid()).isFalse());
    assertThat(check.find("nope")).isEmpty();

    respond(200, CHECK);
    WhatsAppNumberCheck async = client(mode).broadcasts().checkNumbersAsync(WhatsAppNumberCheckParams.builder()
        .channelIntegrationId(CHANNEL_ID).phoneNumber("628000").build()).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/broadcasts/contacts", q("{'channel_integration_id':'" + CHANNEL_ID + "','phone_numbers':['628000']}"));
    assertThat(async.contacts()).hasSize(2);
  }

  @Test
  void checkNumbersRequiresChannelAndNumbers() {
    assertThatThrownBy(() -> WhatsAppNumberCheckParams.of(null, List.of("62812"))).hasMessageContaining("channel_integration_id");
    assertThatThrownBy(() -> WhatsAppNumberCheckParams.of("c", List.of())).hasMessageContaining("phone_numbers");
    assertThatThrownBy(() -> WhatsAppNumberCheckParams.builder().phoneNumber(" ")).hasMessageContaining("blank");
    assertThat(new WhatsAppNumberCheck(null).contacts()).isEmpty();
  }

  /** The builder reproduces the MAG spec's direct-send request examples (same JSON, any order). */
  @Test
  @SuppressWarnings("unchecked")
  void directBuilderMatchesTheSpecRequestExamples() throws Exception {
    java.nio.file.Path spec = dev.omnichannel.core.testing.SharedSpecs
        .locate("qontak", "qontak-chat-mag-subset.derived.openapi.json").orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(spec != null, "spec not available");
    com.squareup.moshi.JsonAdapter<Object> json = dev.omnichannel.qontak.model.QontakJson.moshi().adapter(Object.class);
    Map<String, Object> root = (Map<String, Object>) json.fromJson(java.nio.file.Files.readString(spec));
    Map<String, Object> examples = (Map<String, Object>) path(root, "components", "requestBodies", "PostBroadcastDirect",
        "content", "application/json", "examples");
    BroadcastDirectParams.Builder base = BroadcastDirectParams.builder().toName("Test User").toNumber("6281234567890")
        .messageTemplateId(TEMPLATE_ID).channelIntegrationId(CHANNEL_ID).language("id");
    Map<String, BroadcastDirectParams> ours = Map.of(
        "Authentication", base.urlButton(0, "123456").bodyParameter("1", "otp", "123454321").build(),
        "TextWithImageAttachment", BroadcastDirectParams.builder().toName("string").toNumber("62812")
            .messageTemplateId("string").channelIntegrationId("string").language("en")
            .header(BroadcastHeader.image("https://cdn.qontak.com/uploads/direct/images/52e21eb9-9292-4c86-b0ad-28038440062f/logo-qontak.png",
                "logo-qontak.png")).build(),
        "TextWithDocumentAttachment", BroadcastDirectParams.builder().toName("string").toNumber("62812")
            .messageTemplateId("string").channelIntegrationId("string").language("en")
            .header(BroadcastHeader.document("https://cdn.qontak.com/uploads/direct/files/01417dc5-9cd1-40b7-8900-d8b9fd6f250e/sample.pdf",
                "sample.pdf")).build());
    for (Map.Entry<String, BroadcastDirectParams> e : ours.entrySet()) {
      Map<String, Object> expected = (Map<String, Object>) path(examples, e.getKey(), "value");
      Map<String, Object> actual = (Map<String, Object>) json.fromJson(json.toJson(e.getValue().toJson()));
      if (!e.getKey().equals("Authentication")) {
        expected = new java.util.LinkedHashMap<>(expected);
        expected.put("to_number", "62812"); // the spec writes "string"; ours must be digits
      }
      assertThat(actual).as(e.getKey()).isEqualTo(expected);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> map, String... keys) {
    Object at = map;
    for (String k : keys) {
      at = ((Map<String, Object>) at).get(k);
    }
    return at;
  }

  @Test
  void rateLimitedDirectSendHonoursTheResetHeader() {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(429).addHeader("x-ratelimit-reset", "6").build());
    respond(201, ok(DIRECT_BROADCAST));
    assertThat(client(Mode.HMAC).broadcasts().sendDirect(direct().build()).id()).isEqualTo(BROADCAST_ID);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(6));
  }
}
