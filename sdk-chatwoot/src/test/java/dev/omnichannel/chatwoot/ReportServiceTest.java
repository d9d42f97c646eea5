package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.ReportAgentConversationMetrics;
import dev.omnichannel.chatwoot.model.ReportChannelCounts;
import dev.omnichannel.chatwoot.model.ReportConversationCounts;
import dev.omnichannel.chatwoot.model.ReportEntitySummary;
import dev.omnichannel.chatwoot.model.ReportEventQuery;
import dev.omnichannel.chatwoot.model.ReportGroupBy;
import dev.omnichannel.chatwoot.model.ReportInboxLabelMatrix;
import dev.omnichannel.chatwoot.model.ReportMetric;
import dev.omnichannel.chatwoot.model.ReportMetricPoint;
import dev.omnichannel.chatwoot.model.ReportOutgoingMessagesCount;
import dev.omnichannel.chatwoot.model.ReportQuery;
import dev.omnichannel.chatwoot.model.ReportRangeQuery;
import dev.omnichannel.chatwoot.model.ReportResponseTimeBuckets;
import dev.omnichannel.chatwoot.model.ReportSummary;
import dev.omnichannel.chatwoot.model.ReportType;
import dev.omnichannel.chatwoot.model.ReportingEvent;
import dev.omnichannel.chatwoot.model.ReportingEventList;
import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.paging.KeyedPage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ReportServiceTest extends ChatwootTestSupport {

  static final Instant SINCE = Instant.parse("2024-05-01T00:00:00Z"); // 1714521600
  static final Instant UNTIL = Instant.parse("2024-05-31T23:59:59Z"); // 1717199999
  static final ReportRangeQuery RANGE = ReportRangeQuery.between(SINCE, UNTIL);

  static String event(int id) {
    return q("{'id':" + id + ",'name':'first_response','value':1250.5,'value_in_business_hours':600.0,"
        + "'event_start_time':'2024-05-02T10:00:00.000Z','event_end_time':'2024-05-02T10:20:50.500Z',"
        + "'account_id':42,'conversation_id':" + (1000 + id) + ",'inbox_id':3,'user_id':null,"
        + "'created_at':'2024-05-02T10:20:50.512Z','updated_at':'2024-05-02T10:20:50.512Z'}");
  }

  static String eventPage(int from, int count, int currentPage, int totalPages, int total) {
    StringBuilder sb = new StringBuilder("{\"payload\":[");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append(event(from + i));
    }
    return sb.append("],\"meta\":{\"count\":").append(total).append(",\"current_page\":")
        .append(currentPage).append(",\"total_pages\":").append(totalPages).append("}}").toString();
  }

  // 1. reporting events

  @Test
  void reportingEventsPageSendsFiltersAsEpochSeconds() throws Exception {
    respond(200, eventPage(1, 1, 2, 3, 51));
    ReportingEventList list = client().reports().reportingEventsPage(2, ReportEventQuery.builder()
        .since(SINCE).until(UNTIL).inboxId(3L).userId(7L).name("first_response").build());
    expect("GET", "/api/v1/accounts/42/reporting_events?page=2&since=1714521600&until=1717199999"
        + "&inbox_id=3&user_id=7&name=first_response", null);
    assertThat(list.meta().count()).isEqualTo(51L);
    assertThat(list.meta().currentPage()).isEqualTo(2);
    assertThat(list.meta().totalPages()).isEqualTo(3);
    ReportingEvent e = list.payload().get(0);
    assertThat(e).isEqualTo(new ReportingEvent(1L, "first_response", 1250.5, 600.0,
        Instant.parse("2024-05-02T10:00:00Z"), Instant.parse("2024-05-02T10:20:50.500Z"), 42L, 1001L, 3L,
        null, Instant.parse("2024-05-02T10:20:50.512Z"), Instant.parse("2024-05-02T10:20:50.512Z")));
  }

  @Test
  void reportingEventsPageWithoutFilters() throws Exception {
    respond(200, q("{'payload':[],'meta':{'count':0,'current_page':'1','total_pages':0}}"));
    ReportingEventList list = client().reports().reportingEventsPage(1, null);
    expect("GET", "/api/v1/accounts/42/reporting_events?page=1", null);
    assertThat(list.payload()).isEmpty();
    assertThat(list.meta().currentPage()).isEqualTo(1);
  }

  @Test
  void reportingEventsPageRejectsPageZero() {
    assertThatThrownBy(() -> client().reports().reportingEventsPage(0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportingEventsAutoPagesByTotalPages() throws Exception {
    respond(200, eventPage(1, 25, 1, 3, 60));
    respond(200, eventPage(26, 25, 2, 3, 60));
    respond(200, eventPage(51, 10, 3, 3, 60));
    KeyedPage<Integer, ReportingEvent> first =
        client().reports().reportingEvents(ReportEventQuery.builder().name("resolution").build());
    expect("GET", "/api/v1/accounts/42/reporting_events?page=1&name=resolution", null);
    assertThat(first.items()).hasSize(25);
    assertThat(first.hasNextPage()).isTrue();
    List<Long> ids = first.stream().map(ReportingEvent::id).collect(Collectors.toList());
    assertThat(ids).hasSize(60).startsWith(1L, 2L).endsWith(59L, 60L);
    expect("GET", "/api/v1/accounts/42/reporting_events?page=2&name=resolution", null);
    expect("GET", "/api/v1/accounts/42/reporting_events?page=3&name=resolution", null);
    assertThat(server.takeRequest(100, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void reportingEventsStopsAtTotalPagesEvenWhenFull() throws Exception {
    respond(200, eventPage(1, 25, 1, 1, 25));
    KeyedPage<Integer, ReportingEvent> first = client().reports().reportingEvents(null);
    expect("GET", "/api/v1/accounts/42/reporting_events?page=1", null);
    assertThat(first.hasNextPage()).isFalse();
    assertThat(first.stream().count()).isEqualTo(25);
    assertThat(server.takeRequest(100, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void reportingEventsWithoutMetaFallsBackToPageSize() throws Exception {
    respond(200, "{\"payload\":[" + event(1) + "]}");
    KeyedPage<Integer, ReportingEvent> first = client().reports().reportingEvents(ReportEventQuery.none());
    expect("GET", "/api/v1/accounts/42/reporting_events?page=1", null);
    assertThat(first.items()).hasSize(1);
    assertThat(first.hasNextPage()).isFalse();
  }

  // 2. time series

  @Test
  void metricsSendsMetricTypeIdAndEpochSeconds() throws Exception {
    respond(200, q("[{'value':'12.5','timestamp':1714521600},{'value':3,'timestamp':1714608000},"
        + "{'value':0.0,'timestamp':1714694400}]"));
    List<ReportMetricPoint> points = client().reports().metrics(ReportQuery.builder()
        .metric(ReportMetric.AVG_FIRST_RESPONSE_TIME).type(ReportType.INBOX).id(3)
        .since(SINCE).until(UNTIL).build());
    expect("GET", "/api/v2/accounts/42/reports?metric=avg_first_response_time&type=inbox&id=3"
        + "&since=1714521600&until=1717199999", null);
    assertThat(points).containsExactly(
        new ReportMetricPoint(12.5, Instant.ofEpochSecond(1714521600)),
        new ReportMetricPoint(3.0, Instant.ofEpochSecond(1714608000)),
        new ReportMetricPoint(0.0, Instant.ofEpochSecond(1714694400)));
  }

  @Test
  void metricsSendsServerOnlyGroupingAndBotMetric() throws Exception {
    respond(200, "[]");
    client().reports().metrics(ReportQuery.builder().metric(ReportMetric.BOT_RESOLUTIONS_COUNT)
        .type(ReportType.ACCOUNT).groupBy("week").timezoneOffset("5.5").build());
    expect("GET", "/api/v2/accounts/42/reports?metric=bot_resolutions_count&type=account"
        + "&group_by=week&timezone_offset=5.5", null);
  }

  @Test
  void metricsRequiresMetric() {
    ReportQuery noMetric = ReportQuery.builder().type(ReportType.ACCOUNT).build();
    assertThatThrownBy(() -> client().reports().metrics(noMetric))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void queryBuildersValidate() {
    assertThatThrownBy(() -> ReportQuery.builder().metric(ReportMetric.CONVERSATIONS_COUNT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> ReportQuery.builder().type(ReportType.ACCOUNT).since(UNTIL).until(SINCE).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportRangeQuery.between(UNTIL, SINCE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportEventQuery.builder().since(UNTIL).until(SINCE).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReportMetric.of("reply_time")).isSameAs(ReportMetric.REPLY_TIME);
    assertThat(ReportType.of("team")).isSameAs(ReportType.TEAM);
    assertThat(ReportType.of("contact").isKnown()).isFalse();
    assertThat(ReportRangeQuery.between(SINCE, UNTIL)).isEqualTo(RANGE);
  }

  // 3. summary

  @Test
  void summaryReadsStringAveragesAndPrevious() throws Exception {
    respond(200, q("{'avg_first_response_time':'145.3333','avg_resolution_time':'7200.0',"
        + "'conversations_count':18,'incoming_messages_count':120,'outgoing_messages_count':96,"
        + "'reply_time':'60.5','resolutions_count':15,"
        + "'previous':{'avg_first_response_time':'200.0','avg_resolution_time':null,'conversations_count':9,"
        + "'incoming_messages_count':40,'outgoing_messages_count':33,'reply_time':null,'resolutions_count':7}}"));
    ReportSummary s = client().reports().summary(ReportQuery.builder()
        .type(ReportType.AGENT).id(7).since(SINCE).until(UNTIL).build());
    expect("GET", "/api/v2/accounts/42/reports/summary?type=agent&id=7&since=1714521600&until=1717199999", null);
    assertThat(s.avgFirstResponseTime()).isEqualTo(145.3333);
    assertThat(s.avgResolutionTime()).isEqualTo(7200.0);
    assertThat(s.avgReplyTime()).isEqualTo(60.5);
    assertThat(s.conversationsCount()).isEqualTo(18L);
    assertThat(s.incomingMessagesCount()).isEqualTo(120L);
    assertThat(s.outgoingMessagesCount()).isEqualTo(96L);
    assertThat(s.resolutionsCount()).isEqualTo(15L);
    assertThat(s.previous()).isEqualTo(new ReportSummary(200.0, null, null, 9L, 40L, 33L, 7L, null));
  }

  @Test
  void summaryDoesNotSendMetric() throws Exception {
    respond(200, "{}");
    client().reports().summary(ReportQuery.builder()
        .type(ReportType.ACCOUNT).metric(ReportMetric.CONVERSATIONS_COUNT).build());
    expect("GET", "/api/v2/accounts/42/reports/summary?type=account", null);
  }

  // 4 and 5. live conversation metrics

  @Test
  void accountConversationCounts() throws Exception {
    respond(200, q("{'open':12,'unattended':4,'unassigned':3}"));
    ReportConversationCounts c = client().reports().accountConversationCounts();
    expect("GET", "/api/v2/accounts/42/reports/conversations?type=account", null);
    assertThat(c).isEqualTo(new ReportConversationCounts(12L, 4L, 3L));
  }

  @Test
  void agentConversationMetricsUsesTheSameRouteWithTypeAgent() throws Exception {
    respond(200, q("[{'id':7,'name':'Ana Agent','email':'ana@example.com',"
        + "'thumbnail':'https://chat.example.com/avatar/7.png','availability':'online',"
        + "'metric':{'open':5,'unattended':1}}]"));
    List<ReportAgentConversationMetrics> list = client().reports().agentConversationMetrics(7L);
    // The spec's path has a trailing slash (.../conversations/); the server route has none.
    expect("GET", "/api/v2/accounts/42/reports/conversations?type=agent&user_id=7", null);
    assertThat(list).containsExactly(new ReportAgentConversationMetrics(7L, "Ana Agent", "ana@example.com",
        "https://chat.example.com/avatar/7.png", "online", new ReportAgentConversationMetrics.Metric(5L, 1L)));
  }

  @Test
  void agentConversationMetricsForAllAgents() throws Exception {
    respond(200, "[]");
    assertThat(client().reports().agentConversationMetrics(null)).isEmpty();
    expect("GET", "/api/v2/accounts/42/reports/conversations?type=agent", null);
  }

  // 6-9. summary reports

  @Test
  void channelSummary() throws Exception {
    respond(200, q("{'Channel::WebWidget':{'open':10,'resolved':20,'pending':5,'snoozed':2,'total':37},"
        + "'Channel::Api':{'open':5,'resolved':15,'pending':3,'snoozed':1,'total':24}}"));
    Map<String, ReportChannelCounts> m = client().reports().channelSummary(RANGE);
    expect("GET", "/api/v2/accounts/42/summary_reports/channel?since=1714521600&until=1717199999", null);
    assertThat(m).containsOnlyKeys("Channel::WebWidget", "Channel::Api");
    assertThat(m.get("Channel::Api")).isEqualTo(new ReportChannelCounts(5L, 15L, 3L, 1L, 24L));
  }

  static final String ENTITY_SUMMARY = q("[{'id':1,'conversations_count':150,'resolved_conversations_count':120,"
      + "'avg_resolution_time':3600,'avg_first_response_time':300,'avg_reply_time':600},"
      + "{'id':2,'conversations_count':0,'resolved_conversations_count':0,"
      + "'avg_resolution_time':null,'avg_first_response_time':null,'avg_reply_time':'420.5'}]");

  @Test
  void inboxSummaryWithBusinessHours() throws Exception {
    respond(200, ENTITY_SUMMARY);
    List<ReportEntitySummary> rows = client().reports().inboxSummary(ReportRangeQuery.builder()
        .since(SINCE).until(UNTIL).businessHours(true).build());
    expect("GET", "/api/v2/accounts/42/summary_reports/inbox?since=1714521600&until=1717199999"
        + "&business_hours=true", null);
    assertThat(rows).containsExactly(
        new ReportEntitySummary(1L, 150L, 120L, 3600.0, 300.0, 600.0),
        new ReportEntitySummary(2L, 0L, 0L, null, null, 420.5));
  }

  @Test
  void agentSummary() throws Exception {
    respond(200, ENTITY_SUMMARY);
    List<ReportEntitySummary> rows = client().reports().agentSummary(ReportRangeQuery.builder()
        .since(SINCE).until(UNTIL).businessHours(false).build());
    expect("GET", "/api/v2/accounts/42/summary_reports/agent?since=1714521600&until=1717199999"
        + "&business_hours=false", null);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).resolvedConversationsCount()).isEqualTo(120L);
  }

  @Test
  void teamSummaryWithoutRange() throws Exception {
    respond(200, ENTITY_SUMMARY);
    List<ReportEntitySummary> rows = client().reports().teamSummary(null);
    expect("GET", "/api/v2/accounts/42/summary_reports/team", null);
    assertThat(rows.get(1).avgResolutionTime()).isNull();
  }

  // 10-12. distributions

  @Test
  void firstResponseTimeDistribution() throws Exception {
    respond(200, q("{'Channel::WebWidget':{'0-1h':150,'1-4h':80,'4-8h':45,'8-24h':30,'24h+':15},"
        + "'Channel::Api':{'0-1h':75,'1-4h':40,'4-8h':20,'8-24h':10,'24h+':5}}"));
    Map<String, ReportResponseTimeBuckets> m = client().reports().firstResponseTimeDistribution(RANGE);
    expect("GET", "/api/v2/accounts/42/reports/first_response_time_distribution"
        + "?since=1714521600&until=1717199999", null);
    assertThat(m.get("Channel::WebWidget")).isEqualTo(new ReportResponseTimeBuckets(150L, 80L, 45L, 30L, 15L));
    assertThat(m.get("Channel::Api").over24h()).isEqualTo(5L);
  }

  @Test
  void inboxLabelMatrixSendsRailsArrays() throws Exception {
    respond(200, q("{'inboxes':[{'id':1,'name':'Website Chat'},{'id':2,'name':'Email Support'}],"
        + "'labels':[{'id':1,'title':'bug'},{'id':2,'title':'feature-request'},{'id':3,'title':'urgent'}],"
        + "'matrix':[[10,5,3],[8,12,2]]}"));
    ReportInboxLabelMatrix m = client().reports().inboxLabelMatrix(RANGE, List.of(1L, 2L), List.of(1L, 2L, 3L));
    expect("GET", "/api/v2/accounts/42/reports/inbox_label_matrix?since=1714521600&until=1717199999"
        + "&inbox_ids%5B%5D=1&inbox_ids%5B%5D=2&label_ids%5B%5D=1&label_ids%5B%5D=2&label_ids%5B%5D=3", null);
    assertThat(m.inboxes()).containsExactly(new ReportInboxLabelMatrix.InboxRef(1L, "Website Chat"),
        new ReportInboxLabelMatrix.InboxRef(2L, "Email Support"));
    assertThat(m.labels()).extracting(ReportInboxLabelMatrix.LabelRef::title)
        .containsExactly("bug", "feature-request", "urgent");
    assertThat(m.matrix()).containsExactly(List.of(10L, 5L, 3L), List.of(8L, 12L, 2L));
    assertThat(m.count(2, 2)).isEqualTo(12L);
    assertThat(m.count(1, 3)).isEqualTo(3L);
    assertThat(m.count(9, 1)).isNull();
  }

  @Test
  void inboxLabelMatrixWithoutFilters() throws Exception {
    respond(200, "{}");
    ReportInboxLabelMatrix m = client().reports().inboxLabelMatrix(null, null, List.of());
    expect("GET", "/api/v2/accounts/42/reports/inbox_label_matrix", null);
    assertThat(m.inboxes()).isEmpty();
    assertThat(m.matrix()).isEmpty();
  }

  @Test
  void outgoingMessagesCount() throws Exception {
    respond(200, q("[{'id':1,'name':'Agent One','outgoing_messages_count':42},"
        + "{'id':2,'name':'Agent Two','outgoing_messages_count':18}]"));
    List<ReportOutgoingMessagesCount> rows = client().reports().outgoingMessagesCount(ReportGroupBy.AGENT, RANGE);
    expect("GET", "/api/v2/accounts/42/reports/outgoing_messages_count?since=1714521600&until=1717199999"
        + "&group_by=agent", null);
    assertThat(rows).containsExactly(new ReportOutgoingMessagesCount(1L, "Agent One", 42L),
        new ReportOutgoingMessagesCount(2L, "Agent Two", 18L));
  }

  @Test
  void outgoingMessagesCountRequiresGroupBy() {
    assertThatThrownBy(() -> client().reports().outgoingMessagesCount(null, RANGE))
        .isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  // async, options and errors

  @Test
  void asyncTwins() throws Exception {
    respond(200, q("{'open':1,'unattended':0,'unassigned':1}"));
    assertThat(client().reports().accountConversationCountsAsync().get(5, TimeUnit.SECONDS))
        .isEqualTo(new ReportConversationCounts(1L, 0L, 1L));
    expect("GET", "/api/v2/accounts/42/reports/conversations?type=account", null);

    respond(200, q("[{'id':3,'name':'urgent','outgoing_messages_count':'7'}]"));
    assertThat(client().reports().outgoingMessagesCountAsync(ReportGroupBy.LABEL, null).get(5, TimeUnit.SECONDS))
        .containsExactly(new ReportOutgoingMessagesCount(3L, "urgent", 7L));
    expect("GET", "/api/v2/accounts/42/reports/outgoing_messages_count?group_by=label", null);

    respond(200, eventPage(1, 2, 1, 1, 2));
    assertThat(client().reports().reportingEventsPageAsync(1, null).get(5, TimeUnit.SECONDS).payload()).hasSize(2);
    expect("GET", "/api/v1/accounts/42/reporting_events?page=1", null);
  }

  @Test
  void nonAdministratorGets401() {
    respond(401, q("{'error':'You are not authorized to do this action'}"));
    assertThatThrownBy(() -> client().reports().summary(ReportQuery.builder().type(ReportType.ACCOUNT).build()))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.statusCode()).isEqualTo(401));
  }

  @Test
  void throttledReportIsRateLimitWithoutRetryAfter() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "text/plain")
        .body("Retry later").build());
    assertThatThrownBy(() -> client().reports()
        .withRequestOptions(RequestOptions.builder().maxRetries(0).build())
        .channelSummary(RANGE))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.providerErrorMessage()).isEqualTo("Retry later"));
    expect("GET", "/api/v2/accounts/42/summary_reports/channel?since=1714521600&until=1717199999", null);
  }
}
