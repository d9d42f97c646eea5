package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.Agent;
import dev.omnichannel.chatwoot.model.AgentBot;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.ConversationAssigneeType;
import dev.omnichannel.chatwoot.model.ConversationCounts;
import dev.omnichannel.chatwoot.model.ConversationCreateParams;
import dev.omnichannel.chatwoot.model.ConversationFilterParams;
import dev.omnichannel.chatwoot.model.ConversationListParams;
import dev.omnichannel.chatwoot.model.ConversationPage;
import dev.omnichannel.chatwoot.model.ConversationPriority;
import dev.omnichannel.chatwoot.model.ConversationReportingEvent;
import dev.omnichannel.chatwoot.model.ConversationStatus;
import dev.omnichannel.chatwoot.model.ConversationStatusToggle;
import dev.omnichannel.chatwoot.model.ConversationUpdateParams;
import dev.omnichannel.chatwoot.model.SenderType;
import dev.omnichannel.chatwoot.model.Team;
import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.paging.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConversationServiceTest extends ChatwootTestSupport {

  /** The shape of {@code api/v1/conversations/partials/_conversation} (show, create, update, list items). */
  static String conversationJson(long id) {
    return q("""
        {'meta':{'sender':{'additional_attributes':{},'availability_status':'offline','email':'ana@example.com',
        'id':11,'name':'Ana','phone_number':null,'blocked':false,'identifier':null,'thumbnail':'',
        'custom_attributes':{},'last_activity_at':1718703667,'created_at':1718700000,'type':'contact'},
        'channel':'Channel::Api',
        'assignee':{'id':7,'account_id':42,'availability_status':'online','auto_offline':true,'confirmed':true,
        'email':'bo@example.com','available_name':'Bo','name':'Bo Lee','role':'agent','thumbnail':''},
        'team':{'id':3,'name':'billing','description':null,'allow_auto_assign':true,'account_id':42,'is_member':false},
        'hmac_verified':false},
        'id':ID,'messages':[],'account_id':42,'uuid':'5c1e3a52-8f0e-4b8a-9a52-2b7f4b8a0c11',
        'additional_attributes':{},'agent_last_seen_at':0,'assignee_last_seen_at':0,'can_reply':true,
        'contact_last_seen_at':0,'custom_attributes':{'order_id':'12345'},'inbox_id':5,'labels':['billing'],
        'muted':false,'snoozed_until':null,'status':'open','created_at':1718700000,'timestamp':1718703667,
        'first_reply_created_at':0,'unread_count':2,'last_non_activity_message':null,'last_activity_at':1718703667,
        'priority':'high','waiting_since':1718703000,'sla_policy_id':null}
        """).replace("ID", Long.toString(id));
  }

  static String conversations(long fromId, int count) {
    return IntStream.range(0, count).mapToObj(i -> conversationJson(fromId + i)).collect(Collectors.joining(",", "[", "]"));
  }

  ConversationService conversations() {
    return client().conversations();
  }

  @Test
  void countsSendsOnlyItsFilters() throws Exception {
    respond(200, q("{'meta':{'mine_count':1,'assigned_count':4,'unassigned_count':2,'all_count':6}}"));
    ConversationCounts counts = conversations().counts(ConversationListParams.builder()
        .assigneeType(ConversationAssigneeType.ME).status(ConversationStatus.PENDING).q("refund")
        .inboxId(5L).teamId(3L).labels("vip", "billing").page(2).build());
    expect("GET", "/api/v1/accounts/42/conversations/meta?status=pending&q=refund&inbox_id=5&team_id=3"
        + "&labels%5B%5D=vip&labels%5B%5D=billing", null);
    assertThat(counts).isEqualTo(new ConversationCounts(1L, 4L, 2L, 6L));
  }

  @Test
  void listWithEveryFilter() throws Exception {
    respond(200, "{\"data\":{\"meta\":" + q("{'mine_count':1,'assigned_count':1,'unassigned_count':0,'all_count':1}")
        + ",\"payload\":" + conversations(1, 1) + "}}");
    ConversationPage page = conversations().list(ConversationListParams.builder()
        .assigneeType(ConversationAssigneeType.UNASSIGNED).anyStatus().q("hi there").inboxId(5L)
        .teamId(3L).labels(List.of("vip")).page(3).build());
    expect("GET", "/api/v1/accounts/42/conversations?assignee_type=unassigned&status=all&q=hi%20there"
        + "&inbox_id=5&team_id=3&labels%5B%5D=vip&page=3", null);
    assertThat(page.counts().allCount()).isEqualTo(1L);
    Conversation c = page.conversations().get(0);
    assertThat(c.id()).isEqualTo(1L);
    assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(c.priority()).isEqualTo(ConversationPriority.HIGH);
    assertThat(c.meta().sender().kind()).isEqualTo(SenderType.CONTACT);
    assertThat(c.meta().assignee().name()).isEqualTo("Bo Lee");
    assertThat(c.meta().team().name()).isEqualTo("billing");
    assertThat(c.meta().channel()).isEqualTo("Channel::Api");
    assertThat(c.uuid()).startsWith("5c1e3a52");
    assertThat(c.muted()).isFalse();
    assertThat(c.agentLastSeenAt()).isNull();
    assertThat(c.createdAt()).isEqualTo(Instant.ofEpochSecond(1718700000));
    assertThat(c.customAttributes()).containsEntry("order_id", "12345");
  }

  @Test
  void listWithoutFiltersSendsNoQuery() throws Exception {
    respond(200, "{\"data\":{\"meta\":{},\"payload\":[]}}");
    ConversationPage page = conversations().list(ConversationListParams.none());
    expect("GET", "/api/v1/accounts/42/conversations", null);
    assertThat(page.conversations()).isEmpty();
  }

  @Test
  void listAutoPagingWalksUntilAnEmptyPage() throws Exception {
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(1, 25) + "}}");
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(26, 3) + "}}");
    respond(200, "{\"data\":{\"meta\":{},\"payload\":[]}}");
    Page<Conversation> first = conversations().listAutoPaging(
        ConversationListParams.builder().status(ConversationStatus.RESOLVED).build());
    List<Long> ids = first.stream().map(Conversation::id).toList();
    assertThat(ids).hasSize(28).startsWith(1L).endsWith(28L);
    expect("GET", "/api/v1/accounts/42/conversations?status=resolved&page=1", null);
    expect("GET", "/api/v1/accounts/42/conversations?status=resolved&page=2", null);
    expect("GET", "/api/v1/accounts/42/conversations?status=resolved&page=3", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void listAutoPagingFollowsASmallerServerPageSize() throws Exception {
    // CONVERSATION_RESULTS_PER_PAGE=10 on a self-hosted server (research 5.1): short pages are not the end
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(1, 10) + "}}");
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(11, 10) + "}}");
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(21, 4) + "}}");
    respond(200, "{\"data\":{\"meta\":{},\"payload\":[]}}");
    List<Long> ids = conversations().listAutoPaging(ConversationListParams.none())
        .stream().map(Conversation::id).toList();
    assertThat(ids).hasSize(24).startsWith(1L).endsWith(24L);
    for (int page = 1; page <= 4; page++) {
      expect("GET", "/api/v1/accounts/42/conversations?page=" + page, null);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void listAutoPagingStopsWhenTheServerRepeatsAPage() throws Exception {
    // a server (or proxy) that ignores ?page= would otherwise be walked up to the page limit
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(1, 10) + "}}");
    respond(200, "{\"data\":{\"meta\":{},\"payload\":" + conversations(1, 10) + "}}");
    Page<Conversation> first = conversations().listAutoPaging(ConversationListParams.none());
    assertThatThrownBy(() -> first.stream().count())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("page 2 repeated page 1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void create() throws Exception {
    respond(200, conversationJson(9));
    Conversation c = conversations().create(ConversationCreateParams.builder()
        .sourceId("c5f1b2d4-src").inboxId(5L).contactId(11L)
        .additionalAttributes(Map.of("browser", "Chrome"))
        .customAttributes(Map.of("order_id", "12345"))
        .status(ConversationStatus.PENDING).assigneeId(7L).teamId(3L)
        .snoozedUntil(Instant.parse("2030-07-21T17:32:28Z"))
        .message("Hello, how can I help you?", Map.of("name", "sample_issue_resolution"))
        .build());
    expect("POST", "/api/v1/accounts/42/conversations", q("{'source_id':'c5f1b2d4-src','inbox_id':5,'contact_id':11,"
        + "'additional_attributes':{'browser':'Chrome'},'custom_attributes':{'order_id':'12345'},'status':'pending',"
        + "'assignee_id':7,'team_id':3,'snoozed_until':'2030-07-21T17:32:28Z',"
        + "'message':{'content':'Hello, how can I help you?','template_params':{'name':'sample_issue_resolution'}}}"));
    assertThat(c.id()).isEqualTo(9L);
    assertThat(c.accountId()).isEqualTo(42L);
    assertThat(c.inboxId()).isEqualTo(5L);
  }

  @Test
  void createValidation() {
    assertThatThrownBy(() -> ConversationCreateParams.builder().inboxId(5L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceId");
    assertThat(ConversationCreateParams.builder().inboxId(5L).contactId(11L).build().toJson())
        .containsOnlyKeys("inbox_id", "contact_id");
    assertThat(ConversationCreateParams.builder().sourceId("s").message("hi").build().toJson())
        .containsEntry("message", Map.of("content", "hi"));
  }

  @Test
  void filter() throws Exception {
    respond(200, "{\"meta\":" + q("{'mine_count':0,'unassigned_count':1,'all_count':1}") + ",\"payload\":"
        + conversations(4, 1) + "}");
    ConversationPage page = conversations().filter(ConversationFilterParams.builder()
        .condition("browser_language", "not_equal_to", List.of("en"), "AND")
        .condition("status", "equal_to", List.of("pending"), null)
        .build(), 2);
    expect("POST", "/api/v1/accounts/42/conversations/filter?page=2", q("{'payload':["
        + "{'attribute_key':'browser_language','filter_operator':'not_equal_to','values':['en'],'query_operator':'AND'},"
        + "{'attribute_key':'status','filter_operator':'equal_to','values':['pending']}]}"));
    assertThat(page.counts().assignedCount()).isNull();
    assertThat(page.counts().unassignedCount()).isEqualTo(1L);
    assertThat(page.conversations()).extracting(Conversation::id).containsExactly(4L);
  }

  @Test
  void filterAutoPaging() throws Exception {
    respond(200, "{\"meta\":{},\"payload\":" + conversations(1, 10) + "}");
    respond(200, "{\"meta\":{},\"payload\":" + conversations(11, 3) + "}");
    respond(200, "{\"meta\":{},\"payload\":[]}");
    ConversationFilterParams params = ConversationFilterParams.builder()
        .condition("status", "equal_to", List.of("open"), null).build();
    assertThat(conversations().filterAutoPaging(params).stream().count()).isEqualTo(13);
    String body = q("{'payload':[{'attribute_key':'status','filter_operator':'equal_to','values':['open']}]}");
    expect("POST", "/api/v1/accounts/42/conversations/filter?page=1", body);
    expect("POST", "/api/v1/accounts/42/conversations/filter?page=2", body);
    expect("POST", "/api/v1/accounts/42/conversations/filter?page=3", body);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void filterAutoPagingStopsWhenTheServerRepeatsAPage() throws Exception {
    respond(200, "{\"meta\":{},\"payload\":" + conversations(1, 25) + "}");
    respond(200, "{\"meta\":{},\"payload\":" + conversations(1, 25) + "}");
    ConversationFilterParams params = ConversationFilterParams.builder()
        .condition("status", "equal_to", List.of("open"), null).build();
    Page<Conversation> first = conversations().filterAutoPaging(params);
    assertThatThrownBy(() -> first.stream().count()).isInstanceOf(InvalidResponseException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void filterValidation() {
    assertThatThrownBy(() -> ConversationFilterParams.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
    ConversationFilterParams params = ConversationFilterParams.builder()
        .condition("status", "equal_to", List.of("open"), null).build();
    assertThatThrownBy(() -> conversations().filter(params, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConversationListParams.builder().page(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retrieve() throws Exception {
    respond(200, conversationJson(12));
    Conversation c = conversations().retrieve(12);
    expect("GET", "/api/v1/accounts/42/conversations/12", null);
    assertThat(c.labels()).containsExactly("billing");
    assertThat(c.unreadCount()).isEqualTo(2);
  }

  @Test
  void update() throws Exception {
    respond(200, conversationJson(12));
    Conversation c = conversations().update(12, ConversationUpdateParams.builder()
        .priority(ConversationPriority.HIGH).slaPolicyId(1L).build());
    expect("PATCH", "/api/v1/accounts/42/conversations/12", q("{'priority':'high','sla_policy_id':1}"));
    assertThat(c.priority()).isEqualTo(ConversationPriority.HIGH);
  }

  @Test
  void updateClearsPriorityWithAnExplicitNull() throws Exception {
    // the server has no `none` priority (enum low/medium/high/urgent); null unsets it
    respond(200, conversationJson(12));
    ConversationUpdateParams params = ConversationUpdateParams.builder().clearPriority().slaPolicyId(1L).build();
    assertThat(params.toJson()).containsEntry("priority", null).containsEntry("sla_policy_id", 1L);
    conversations().update(12, params);
    expect("PATCH", "/api/v1/accounts/42/conversations/12", q("{'priority':null,'sla_policy_id':1}"));
    assertThat(ConversationUpdateParams.builder().clearPriority().priority(ConversationPriority.LOW).build().toJson())
        .containsExactly(Map.entry("priority", "low"));
  }

  @Test
  void toggleStatus() throws Exception {
    respond(200, q("{'meta':{},'payload':{'success':true,'conversation_id':12,'current_status':'resolved','snoozed_until':null}}"));
    ConversationStatusToggle t = conversations().toggleStatus(12, ConversationStatus.RESOLVED);
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_status", q("{'status':'resolved'}"));
    assertThat(t).isEqualTo(new ConversationStatusToggle(true, 12L, ConversationStatus.RESOLVED, null));
  }

  @Test
  void snoozeSendsEpochSeconds() throws Exception {
    respond(200, q("{'meta':{},'payload':{'success':true,'conversation_id':12,'current_status':'snoozed',"
        + "'snoozed_until':'2025-09-10T12:21:17.000Z'}}"));
    ConversationStatusToggle t = conversations().toggleStatus(
        12, ConversationStatus.SNOOZED, Instant.parse("2025-09-10T12:21:17.900Z"));
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_status",
        q("{'status':'snoozed','snoozed_until':1757506877}"));
    assertThat(t.currentStatus()).isEqualTo(ConversationStatus.SNOOZED);
    assertThat(t.snoozedUntil()).isEqualTo(Instant.ofEpochSecond(1757506877));
  }

  @Test
  void togglePriority() throws Exception {
    respondEmpty();
    conversations().togglePriority(12, ConversationPriority.URGENT);
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_priority", q("{'priority':'urgent'}"));
    respondEmpty();
    conversations().togglePriority(12, null);
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_priority", q("{'priority':null}"));
  }

  @Test
  void toggleTypingStatus() throws Exception {
    respondEmpty();
    conversations().toggleTypingStatus(12, true, true);
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_typing_status", q("{'typing_status':'on','is_private':true}"));
    respondEmpty();
    conversations().toggleTypingStatus(12, false, null);
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_typing_status", q("{'typing_status':'off'}"));
  }

  @Test
  void updateCustomAttributes() throws Exception {
    respond(200, q("{'custom_attributes':{'order_id':'12345','previous_conversation':'67890'}}"));
    Map<String, Object> attrs = conversations().updateCustomAttributes(
        12, Map.of("order_id", "12345"));
    expect("POST", "/api/v1/accounts/42/conversations/12/custom_attributes", q("{'custom_attributes':{'order_id':'12345'}}"));
    assertThat(attrs).containsEntry("previous_conversation", "67890");
  }

  @Test
  void assignAgent() throws Exception {
    respond(200, AgentServiceTest.AGENT_JSON);
    Agent a = conversations().assignAgent(12, 7L);
    expect("POST", "/api/v1/accounts/42/conversations/12/assignments", q("{'assignee_id':7}"));
    assertThat(a.name()).isEqualTo("Bo Lee");
  }

  @Test
  void unassignSendsExplicitNullAndReadsNull() throws Exception {
    respond(200, "null");
    assertThat(conversations().assignAgent(12, null)).isNull();
    expect("POST", "/api/v1/accounts/42/conversations/12/assignments", q("{'assignee_id':null}"));
    respond(200, "null");
    assertThat(conversations().assignTeam(12, null)).isNull();
    expect("POST", "/api/v1/accounts/42/conversations/12/assignments", q("{'team_id':null}"));
  }

  @Test
  void assignAgentBot() throws Exception {
    respond(200, q("{'id':2,'name':'Triage bot','description':'Routes chats','thumbnail':'','bot_type':'webhook'}"));
    AgentBot bot = conversations().assignAgentBot(12, 2);
    expect("POST", "/api/v1/accounts/42/conversations/12/assignments", q("{'assignee_id':2,'assignee_type':'AgentBot'}"));
    assertThat(bot.name()).isEqualTo("Triage bot");
  }

  @Test
  void assignTeam() throws Exception {
    respond(200, TeamServiceTest.TEAM_JSON);
    Team t = conversations().assignTeam(12, 3L);
    expect("POST", "/api/v1/accounts/42/conversations/12/assignments", q("{'team_id':3}"));
    assertThat(t.id()).isEqualTo(3L);
  }

  @Test
  void listLabels() throws Exception {
    respond(200, q("{'payload':['support','billing']}"));
    List<String> labels = conversations().listLabels(12);
    expect("GET", "/api/v1/accounts/42/conversations/12/labels", null);
    assertThat(labels).containsExactly("support", "billing");
  }

  @Test
  void addLabels() throws Exception {
    respond(200, q("{'payload':['support','billing']}"));
    List<String> labels = conversations().addLabels(12, List.of("support", "billing"));
    expect("POST", "/api/v1/accounts/42/conversations/12/labels", q("{'labels':['support','billing']}"));
    assertThat(labels).containsExactly("support", "billing");
  }

  @Test
  void reportingEvents() throws Exception {
    respond(200, q("""
        [{'id':1,'name':'first_response','value':120.5,'value_in_business_hours':60.0,
        'event_start_time':'2025-09-10T12:00:00.000Z','event_end_time':'2025-09-10T12:02:00.500Z',
        'account_id':42,'conversation_id':12,'inbox_id':5,'user_id':7,
        'created_at':'2025-09-10T12:02:00.600Z','updated_at':'2025-09-10T12:02:00.600Z'}]
        """));
    List<ConversationReportingEvent> events = conversations().reportingEvents(12);
    expect("GET", "/api/v1/accounts/42/conversations/12/reporting_events", null);
    ConversationReportingEvent e = events.get(0);
    assertThat(e.name()).isEqualTo("first_response");
    assertThat(e.value()).isEqualTo(120.5);
    assertThat(e.eventStartTime()).isEqualTo(Instant.parse("2025-09-10T12:00:00Z"));
    assertThat(e.userId()).isEqualTo(7L);
  }

  @Test
  void asyncRetrieveAndToggle() throws Exception {
    respond(200, conversationJson(12));
    Conversation c = conversations().retrieveAsync(12).get();
    expect("GET", "/api/v1/accounts/42/conversations/12", null);
    assertThat(c.id()).isEqualTo(12L);
    respondEmpty();
    CompletableFuture<Void> f = conversations().togglePriorityAsync(12, ConversationPriority.LOW);
    assertThat(f.get()).isNull();
    expect("POST", "/api/v1/accounts/42/conversations/12/toggle_priority", q("{'priority':'low'}"));
  }

  @Test
  void botTokenOnUserOnlyEndpointIs401() throws Exception {
    respond(401, q("{'error':'Access to this endpoint is not authorized for bots'}"));
    assertThatThrownBy(() -> conversations().listLabelsAsync(12).get())
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("not authorized for bots");
    expect("GET", "/api/v1/accounts/42/conversations/12/labels", null);
  }

  @Test
  void notFound() throws Exception {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> conversations().retrieve(99))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(404));
  }

  @Test
  void withRequestOptionsKeepsWorking() throws Exception {
    respond(200, q("{'payload':[]}"));
    assertThat(conversations().withRequestOptions(dev.omnichannel.core.RequestOptions.NONE).listLabels(1)).isEmpty();
    expect("GET", "/api/v1/accounts/42/conversations/1/labels", null);
  }
}
