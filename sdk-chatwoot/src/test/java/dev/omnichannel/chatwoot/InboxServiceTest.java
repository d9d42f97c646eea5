package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.Inbox;
import dev.omnichannel.chatwoot.model.InboxChannelParams;
import dev.omnichannel.chatwoot.model.InboxCreateParams;
import dev.omnichannel.chatwoot.model.InboxUpdateParams;
import dev.omnichannel.core.AuthenticationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboxServiceTest extends ChatwootTestSupport {

  /** An API-channel inbox as the server renders it to an administrator (_inbox.json.jbuilder). */
  static final String API_INBOX = q("""
      {'id':3,'avatar_url':'','channel_id':9,'name':'API Inbox','channel_type':'Channel::Api',
       'greeting_enabled':true,'greeting_message':'Hello, how can I help you?','working_hours_enabled':true,
       'enable_email_collect':true,'csat_survey_enabled':false,'csat_response_visible':false,'enable_auto_assignment':true,
       'auto_assignment_config':{},'out_of_office_message':null,
       'working_hours':[{'day_of_week':0,'closed_all_day':true,'open_hour':null,'open_minutes':null,'close_hour':null,'close_minutes':null,'open_all_day':false}],
       'timezone':'America/New_York','callback_webhook_url':null,'allow_messages_after_resolved':true,
       'lock_to_single_conversation':false,'sender_name_type':'friendly','business_name':null,
       'widget_color':null,'website_url':null,'hmac_mandatory':false,'welcome_title':null,'welcome_tagline':null,
       'web_widget_script':null,'website_token':null,'selected_feature_flags':null,'reply_time':null,
       'messaging_service_sid':null,'phone_number':null,'hmac_token':'hmac-SECRET-1',
       'webhook_url':'https://example.com/webhook','inbox_identifier':'x8Jq2mRZ','additional_attributes':{'source':'mobile_app'},
       'provider':null}
      """);

  static final String WIDGET_INBOX = q("""
      {'id':4,'channel_id':10,'name':'Support','channel_type':'Channel::WebWidget','greeting_enabled':true,
       'website_url':'https://example.com','widget_color':'#FF5733','welcome_title':'Welcome to our support',
       'website_token':'tok-web','web_widget_script':'<script></script>','selected_feature_flags':['attachments','emoji_picker'],
       'reply_time':'in_a_few_minutes','pre_chat_form_enabled':false,'pre_chat_form_options':{'pre_chat_message':'Hi'},
       'continuity_via_email':true,'hmac_mandatory':false,'hmac_token':'hmac-SECRET-2','timezone':'UTC','working_hours':[]}
      """);

  @Test
  void list() throws Exception {
    respond(200, "{\"payload\":[" + API_INBOX + "," + WIDGET_INBOX + "]}");
    List<Inbox> inboxes = client().inboxes().list();
    expect("GET", "/api/v1/accounts/42/inboxes", null);
    assertThat(inboxes).extracting(Inbox::name).containsExactly("API Inbox", "Support");
    Inbox api = inboxes.get(0);
    assertThat(api.channelType()).isEqualTo("Channel::Api");
    assertThat(api.inboxIdentifier()).isEqualTo("x8Jq2mRZ");
    assertThat(api.webhookUrl()).isEqualTo("https://example.com/webhook");
    assertThat(api.additionalAttributes()).containsEntry("source", "mobile_app");
    assertThat(api.workingHours()).hasSize(1);
    assertThat(api.selectedFeatureFlags()).isEmpty();
    assertThat(api.toString()).doesNotContain("hmac-SECRET-1", "x8Jq2mRZ").contains("inboxIdentifier=██");
    Inbox widget = inboxes.get(1);
    assertThat(widget.selectedFeatureFlags()).containsExactly("attachments", "emoji_picker");
    assertThat(widget.websiteToken()).isEqualTo("tok-web");
    assertThat(widget.preChatFormOptions()).containsEntry("pre_chat_message", "Hi");
    assertThat(widget.toString()).doesNotContain("hmac-SECRET-2");
  }

  @Test
  void createApiInbox() throws Exception {
    respond(200, API_INBOX);
    Inbox inbox = client().inboxes().create(InboxCreateParams.builder()
        .name("API Inbox")
        .greetingEnabled(true)
        .greetingMessage("Hello, how can I help you?")
        .enableAutoAssignment(true)
        .workingHoursEnabled(true)
        .timezone("America/New_York")
        .channel(InboxChannelParams.api()
            .webhookUrl("https://example.com/webhook")
            .hmacMandatory(false)
            .additionalAttributes(Map.of("source", "mobile_app"))
            .build())
        .build());
    // the spec's "api" example, byte for byte
    expect("POST", "/api/v1/accounts/42/inboxes", q("""
        {'name':'API Inbox','greeting_enabled':true,'greeting_message':'Hello, how can I help you?',\
        'enable_auto_assignment':true,'working_hours_enabled':true,'timezone':'America/New_York',\
        'channel':{'type':'api','webhook_url':'https://example.com/webhook','hmac_mandatory':false,\
        'additional_attributes':{'source':'mobile_app'}}}"""));
    assertThat(inbox.id()).isEqualTo(3L);
  }

  @Test
  void createWidgetInboxWithEverySetting() throws Exception {
    respond(200, WIDGET_INBOX);
    Inbox inbox = client().inboxes().create(InboxCreateParams.builder()
        .name("Support")
        .enableEmailCollect(true)
        .csatSurveyEnabled(true)
        .csatConfig(Map.of("display_type", "emoji"))
        .outOfOfficeMessage("Away")
        .allowMessagesAfterResolved(true)
        .lockToSingleConversation(false)
        .portalId(2L)
        .senderNameType("friendly")
        .businessName("Acme")
        .channel(InboxChannelParams.webWidget("https://example.com")
            .welcomeTitle("Welcome to our support")
            .welcomeTagline("We are here to help you")
            .widgetColor("#FF5733")
            .replyTime("in_a_few_minutes")
            .preChatFormEnabled(false)
            .continuityViaEmail(true)
            .hmacMandatory(false)
            .selectedFeatureFlags(List.of("attachments", "emoji_picker", "end_conversation"))
            .build())
        .build());
    expect("POST", "/api/v1/accounts/42/inboxes", q("""
        {'name':'Support','enable_email_collect':true,'csat_survey_enabled':true,'csat_config':{'display_type':'emoji'},\
        'out_of_office_message':'Away','allow_messages_after_resolved':true,'lock_to_single_conversation':false,\
        'portal_id':2,'sender_name_type':'friendly','business_name':'Acme',\
        'channel':{'type':'web_widget','website_url':'https://example.com','welcome_title':'Welcome to our support',\
        'welcome_tagline':'We are here to help you','widget_color':'#FF5733','reply_time':'in_a_few_minutes',\
        'pre_chat_form_enabled':false,'continuity_via_email':true,'hmac_mandatory':false,\
        'selected_feature_flags':['attachments','emoji_picker','end_conversation']}}"""));
    assertThat(inbox.websiteUrl()).isEqualTo("https://example.com");
  }

  @Test
  void channelFactoriesMatchTheSpecExamples() {
    Map<String, Object> wa = new LinkedHashMap<>();
    wa.put("api_key", "your-api-key");
    wa.put("phone_number_id", "your-phone-number-id");
    assertThat(InboxChannelParams.whatsapp("+15551234567", "whatsapp_cloud", wa).build().toJson())
        .isEqualTo(Map.of("type", "whatsapp", "phone_number", "+15551234567", "provider", "whatsapp_cloud",
            "provider_config", wa));
    assertThat(InboxChannelParams.email("support@example.com").imapEnabled(true).imapPort(993).build().toJson())
        .containsExactly(Map.entry("type", "email"), Map.entry("email", "support@example.com"),
            Map.entry("imap_enabled", true), Map.entry("imap_port", 993));
    assertThat(InboxChannelParams.line("1234567890", "line-channel-secret", "line-channel-token").build().toJson())
        .containsExactly(Map.entry("type", "line"), Map.entry("line_channel_id", "1234567890"),
            Map.entry("line_channel_secret", "line-channel-secret"), Map.entry("line_channel_token", "line-channel-token"));
    assertThat(InboxChannelParams.telegram("123456789:telegram-bot-token").build().toJson())
        .containsExactly(Map.entry("type", "telegram"), Map.entry("bot_token", "123456789:telegram-bot-token"));
    InboxChannelParams sms = InboxChannelParams.sms("+15551234567", Map.of("api_key", "k")).build();
    assertThat(sms.toJson()).containsExactly(Map.entry("type", "sms"), Map.entry("phone_number", "+15551234567"),
        Map.entry("provider_config", Map.of("api_key", "k")));
    assertThat(sms.toString()).doesNotContain("+1555").doesNotContain("api_key");
    assertThat(InboxChannelParams.ofType("twilio").extra("medium", "sms").build().toJson())
        .containsExactly(Map.entry("type", "twilio"), Map.entry("medium", "sms"));
    assertThatThrownBy(() -> InboxChannelParams.ofType(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createValidation() {
    assertThatThrownBy(() -> InboxCreateParams.builder().name("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("channel is required");
    assertThatThrownBy(() -> InboxCreateParams.builder().name("x")
        .channel(InboxChannelParams.settings().webhookUrl("https://e").build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel.type");
  }

  @Test
  void retrieve() throws Exception {
    respond(200, WIDGET_INBOX);
    Inbox inbox = client().inboxes().retrieve(4);
    expect("GET", "/api/v1/accounts/42/inboxes/4", null);
    assertThat(inbox.replyTime()).isEqualTo("in_a_few_minutes");
    assertThat(inbox.continuityViaEmail()).isTrue();
  }

  @Test
  void update() throws Exception {
    respond(200, API_INBOX);
    Inbox inbox = client().inboxes().update(3, InboxUpdateParams.builder()
        .name("API Inbox")
        .workingHours(List.of(Map.of("day_of_week", 1, "open_all_day", true)))
        .channel(InboxChannelParams.settings().webhookUrl("https://example.com/webhook").hmacMandatory(true).build())
        .build());
    String sent = server.takeRequest().getBody().utf8();
    assertThat(sent).startsWith(q("{'name':'API Inbox','working_hours':[{"))
        .endsWith(q("}],'channel':{'webhook_url':'https://example.com/webhook','hmac_mandatory':true}}"))
        .contains(q("'day_of_week':1")).contains(q("'open_all_day':true"));
    assertThat(inbox.webhookUrl()).isEqualTo("https://example.com/webhook");
  }

  @Test
  void updateExactBody() throws Exception {
    respond(200, API_INBOX);
    client().inboxes().update(3, InboxUpdateParams.builder().greetingEnabled(false).timezone("UTC").build());
    expect("PATCH", "/api/v1/accounts/42/inboxes/3", q("{'greeting_enabled':false,'timezone':'UTC'}"));
  }

  static final String BOT = q("""
      {'id':8,'name':'Triage bot','description':'Routes','thumbnail':'','outgoing_url':'https://bot.example.com/hook',
       'bot_type':'webhook','bot_config':{},'account_id':42,'access_token':'bot-SECRET','system_bot':false}
      """);

  @Test
  void getAgentBotReadsTheServersWrapper() throws Exception {
    respond(200, "{\"agent_bot\":" + BOT + "}");
    AgentBot bot = client().inboxes().getAgentBot(3);
    expect("GET", "/api/v1/accounts/42/inboxes/3/agent_bot", null);
    assertThat(bot.id()).isEqualTo(8L);
    assertThat(bot.outgoingUrl()).isEqualTo("https://bot.example.com/hook");
  }

  @Test
  void getAgentBotWithoutBotIsNull() throws Exception {
    respond(200, "{\"agent_bot\":{}}");
    assertThat(client().inboxes().getAgentBot(3)).isNull();
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());
    assertThat(client().inboxes().getAgentBotAsync(3).get()).isNull();
    expect("GET", "/api/v1/accounts/42/inboxes/3/agent_bot", null);
    expect("GET", "/api/v1/accounts/42/inboxes/3/agent_bot", null);
  }

  @Test
  void setAgentBot() throws Exception {
    respondEmpty();
    client().inboxes().setAgentBot(3, 8L);
    expect("POST", "/api/v1/accounts/42/inboxes/3/set_agent_bot", q("{'agent_bot':8}"));
  }

  @Test
  void setAgentBotNullDisconnects() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());
    client().inboxes().setAgentBotAsync(3, null).get();
    expect("POST", "/api/v1/accounts/42/inboxes/3/set_agent_bot", q("{'agent_bot':null}"));
  }

  @Test
  void listMembers() throws Exception {
    respond(200, "{\"payload\":[" + AgentServiceTest.AGENT_JSON + "]}");
    List<Agent> members = client().inboxes().listMembers(3);
    expect("GET", "/api/v1/accounts/42/inbox_members/3", null);
    assertThat(members).extracting(Agent::name).containsExactly("Bo Lee");
  }

  @Test
  void addMembers() throws Exception {
    respond(200, "{\"payload\":[" + AgentServiceTest.AGENT_JSON + "]}");
    List<Agent> members = client().inboxes().addMembers(3, List.of(5L, 6L));
    expect("POST", "/api/v1/accounts/42/inbox_members", q("{'inbox_id':3,'user_ids':[5,6]}"));
    assertThat(members).hasSize(1);
  }

  @Test
  void updateMembers() throws Exception {
    respond(200, "{\"payload\":[]}");
    List<Agent> members = client().inboxes().updateMembersAsync(3, List.of(5L)).get();
    expect("PATCH", "/api/v1/accounts/42/inbox_members", q("{'inbox_id':3,'user_ids':[5]}"));
    assertThat(members).isEmpty();
  }

  @Test
  void removeMembersSendsBodyWithDelete() throws Exception {
    respondEmpty();
    client().inboxes().removeMembers(3, List.of(5L));
    expect("DELETE", "/api/v1/accounts/42/inbox_members", q("{'inbox_id':3,'user_ids':[5]}"));
  }

  @Test
  void memberIdsAreRequired() {
    assertThatThrownBy(() -> client().inboxes().addMembers(3, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().inboxes().removeMembers(3, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listAsync() throws Exception {
    respond(200, "{\"payload\":[]}");
    assertThat(client().inboxes().listAsync().get()).isEmpty();
    expect("GET", "/api/v1/accounts/42/inboxes", null);
  }

  @Test
  void permissionDenialIs401() {
    respond(401, q("{'error':'You are not authorized to do this action'}"));
    assertThatThrownBy(() -> client().inboxes().create(InboxCreateParams.builder().name("x")
        .channel(InboxChannelParams.api().build()).build()))
        .isInstanceOf(AuthenticationException.class);
  }
}
