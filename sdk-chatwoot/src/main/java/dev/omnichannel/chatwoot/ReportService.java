package dev.omnichannel.chatwoot;

import com.squareup.moshi.Types;
import dev.omnichannel.chatwoot.model.ReportAgentConversationMetrics;
import dev.omnichannel.chatwoot.model.ReportChannelCounts;
import dev.omnichannel.chatwoot.model.ReportConversationCounts;
import dev.omnichannel.chatwoot.model.ReportEntitySummary;
import dev.omnichannel.chatwoot.model.ReportEventQuery;
import dev.omnichannel.chatwoot.model.ReportGroupBy;
import dev.omnichannel.chatwoot.model.ReportInboxLabelMatrix;
import dev.omnichannel.chatwoot.model.ReportMetricPoint;
import dev.omnichannel.chatwoot.model.ReportOutgoingMessagesCount;
import dev.omnichannel.chatwoot.model.ReportQuery;
import dev.omnichannel.chatwoot.model.ReportRangeQuery;
import dev.omnichannel.chatwoot.model.ReportResponseTimeBuckets;
import dev.omnichannel.chatwoot.model.ReportSummary;
import dev.omnichannel.chatwoot.model.ReportType;
import dev.omnichannel.chatwoot.model.ReportingEvent;
import dev.omnichannel.chatwoot.model.ReportingEventList;
import dev.omnichannel.chatwoot.model.ReportingEventMeta;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.KeyedPage;
import dev.omnichannel.core.paging.PageResult;
import dev.omnichannel.core.paging.Pages;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The account's reports: the reporting events of
 * {@code /api/v1/accounts/{account_id}/reporting_events} (Enterprise) and the v2 reports under
 * {@code /api/v2/accounts/{account_id}/reports} and
 * {@code /api/v2/accounts/{account_id}/summary_reports}. Administrators only; other roles get 401.
 *
 * <p>Periods are {@link java.time.Instant}s sent as Unix epoch seconds ({@code since},
 * {@code until}), as Chatwoot expects. Scopes, metrics and groupings are open enums
 * ({@link ReportType}, {@link dev.omnichannel.chatwoot.model.ReportMetric}, {@link ReportGroupBy}),
 * so values newer than the SDK can be sent with {@code of("...")}.
 *
 * <p><b>Rate limit:</b> Chatwoot throttles {@code /api/v2/accounts/{account_id}/reports*} to 100
 * requests a minute per user or token ({@code RATE_LIMIT_REPORTS_API_USER_LEVEL}) and 1000 a
 * minute per account. A throttled call fails with 429 and a plain-text {@code Retry later} body
 * without {@code Retry-After}; the client's retry policy backs off on its own schedule.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient#reports()}; thread-safe.
 */
public final class ReportService {

  /** Reporting events per page ({@code GET .../reporting_events}). */
  public static final int REPORTING_EVENTS_PAGE_SIZE = 25;

  private final ServiceContext ctx;

  ReportService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, headers).
   *
   * @param options the options
   * @return the derived service
   */
  public ReportService withRequestOptions(RequestOptions options) {
    return new ReportService(ctx.with(options));
  }

  /**
   * Lists the account's reporting events (Enterprise, administrators only), fetching the first
   * page now; walk the rest with {@link KeyedPage#nextPage()}, {@code autoPager()} or
   * {@code stream()}. Pages hold 25 events; the walk follows {@code meta.total_pages} (a full page
   * means "maybe more" when the meta is missing).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/reporting_events}
   * (get-account-reporting-events).
   *
   * @param query the filters; null for none
   * @return the first page
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public KeyedPage<Integer, ReportingEvent> reportingEvents(ReportEventQuery query) {
    return Pages.pageResults(1, REPORTING_EVENTS_PAGE_SIZE, page -> {
      ReportingEventList list = reportingEventsPage(page, query);
      ReportingEventMeta meta = list.meta();
      if (meta == null || meta.totalPages() == null) {
        return new PageResult<>(list.payload(), null);
      }
      int current = meta.currentPage() == null ? page : meta.currentPage();
      return PageResult.ofTotalPages(list.payload(), current, meta.totalPages());
    });
  }

  /**
   * Fetches one page of the account's reporting events (Enterprise, administrators only; 25 per page, with {@code meta.count}, {@code current_page} and {@code total_pages}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/reporting_events} (get-account-reporting-events).
   *
   * @param page the page number, from 1
   * @param query the filters; null for none
   * @return the events and page counts
   * @throws IllegalArgumentException when page is below 1
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ReportingEventList reportingEventsPage(int page, ReportEventQuery query) {
    return ctx.execute(reportingEventsPageRequest(page, query));
  }

  /**
   * Asynchronous {@link #reportingEventsPage}: fetches one page of the account's reporting events (Enterprise, administrators only; 25 per page, with {@code meta.count}, {@code current_page} and {@code total_pages}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/reporting_events} (get-account-reporting-events).
   *
   * @param page the page number, from 1
   * @param query the filters; null for none
   * @return a future completed with the events and page counts, or with the exceptions
   *     {@link #reportingEventsPage} throws
   * @throws IllegalArgumentException when page is below 1
   */
  public CompletableFuture<ReportingEventList> reportingEventsPageAsync(int page, ReportEventQuery query) {
    return ctx.executeAsync(reportingEventsPageRequest(page, query));
  }

  private ApiRequest<ReportingEventList> reportingEventsPageRequest(int page, ReportEventQuery query) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    ReportEventQuery q = query == null ? ReportEventQuery.none() : query;
    return ApiRequest.<ReportingEventList>builder("GET", ServiceContext.ACCOUNT + "/reporting_events", ctx.accountId)
        .query("page", page)
        .query("since", epochSeconds(q.since()))
        .query("until", epochSeconds(q.until()))
        .query("inbox_id", q.inboxId())
        .query("user_id", q.userId())
        .query("name", q.name())
        .responseType(ReportingEventList.class)
        .build();
  }

  /**
   * Fetches a time series of one metric for the account or one agent, inbox, label or team.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports} (list-all-conversation-statistics).
   *
   * <p>Averages are seconds; the server may send values as numeric strings, which are read too.
   *
   * @param query the scope, period and metric; the metric is required
   * @return the points, oldest first
   * @throws IllegalArgumentException when the query has no metric
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ReportMetricPoint> metrics(ReportQuery query) {
    return ctx.execute(metricsRequest(query));
  }

  /**
   * Asynchronous {@link #metrics}: fetches a time series of one metric for the account or one agent, inbox, label or team.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports} (list-all-conversation-statistics).
   *
   * @param query the scope, period and metric; the metric is required
   * @return a future completed with the points, oldest first, or with the exceptions
   *     {@link #metrics} throws
   * @throws IllegalArgumentException when the query has no metric
   */
  public CompletableFuture<List<ReportMetricPoint>> metricsAsync(ReportQuery query) {
    return ctx.executeAsync(metricsRequest(query));
  }

  private ApiRequest<List<ReportMetricPoint>> metricsRequest(ReportQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.metric() == null) {
      throw new IllegalArgumentException("metric is required for the report time series");
    }
    return ApiRequest.<List<ReportMetricPoint>>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports", ctx.accountId)
        .query("metric", query.metric())
        .query("type", query.type())
        .query("id", query.id())
        .query("since", epochSeconds(query.since()))
        .query("until", epochSeconds(query.until()))
        .query("group_by", query.groupBy())
        .query("timezone_offset", query.timezoneOffset())
        .responseType(ServiceContext.listOf(ReportMetricPoint.class))
        .build();
  }

  /**
   * Fetches the summary of a period for the account or one agent, inbox, label or team, with the preceding period of equal length in {@code previous}.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/summary} (list-all-conversation-statistics-summary).
   *
   * @param query the scope and period; its metric is not sent
   * @return the summary
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ReportSummary summary(ReportQuery query) {
    return ctx.execute(summaryRequest(query));
  }

  /**
   * Asynchronous {@link #summary}: fetches the summary of a period for the account or one agent, inbox, label or team, with the preceding period of equal length in {@code previous}.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/summary} (list-all-conversation-statistics-summary).
   *
   * @param query the scope and period; its metric is not sent
   * @return a future completed with the summary, or with the exceptions
   *     {@link #summary} throws
   */
  public CompletableFuture<ReportSummary> summaryAsync(ReportQuery query) {
    return ctx.executeAsync(summaryRequest(query));
  }

  private ApiRequest<ReportSummary> summaryRequest(ReportQuery query) {
    Objects.requireNonNull(query, "query");
    return ApiRequest.<ReportSummary>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports/summary", ctx.accountId)
        .query("type", query.type())
        .query("id", query.id())
        .query("since", epochSeconds(query.since()))
        .query("until", epochSeconds(query.until()))
        .query("group_by", query.groupBy())
        .query("timezone_offset", query.timezoneOffset())
        .responseType(ReportSummary.class)
        .build();
  }

  /**
   * Fetches the account's live open, unattended and unassigned conversation counts (sends {@code type=account}).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/conversations} (get-account-conversation-metrics).
   *
   * @return the counts
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ReportConversationCounts accountConversationCounts() {
    return ctx.execute(accountConversationCountsRequest());
  }

  /**
   * Asynchronous {@link #accountConversationCounts}: fetches the account's live open, unattended and unassigned conversation counts (sends {@code type=account}).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/conversations} (get-account-conversation-metrics).
   *
   * @return a future completed with the counts, or with the exceptions
   *     {@link #accountConversationCounts} throws
   */
  public CompletableFuture<ReportConversationCounts> accountConversationCountsAsync() {
    return ctx.executeAsync(accountConversationCountsRequest());
  }

  private ApiRequest<ReportConversationCounts> accountConversationCountsRequest() {
    return ApiRequest.<ReportConversationCounts>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports/conversations", ctx.accountId)
        .query("type", ReportType.ACCOUNT)
        .responseType(ReportConversationCounts.class)
        .build();
  }

  /**
   * Fetches the live open and unattended conversation counts of every agent, or of one (sends {@code type=agent}).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/conversations?type=agent} (get-agent-conversation-metrics).
   *
   * <p>The spec lists this as {@code .../reports/conversations/} (trailing slash) to tell it
   * apart from {@link #accountConversationCounts()}; both are the same server route, selected by
   * {@code type}. The SDK sends the path without the slash, as the server routes it.
   *
   * @param userId one agent's user id, or null for all agents
   * @return one entry per agent
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ReportAgentConversationMetrics> agentConversationMetrics(Long userId) {
    return ctx.execute(agentConversationMetricsRequest(userId));
  }

  /**
   * Asynchronous {@link #agentConversationMetrics}: fetches the live open and unattended conversation counts of every agent, or of one (sends {@code type=agent}).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/conversations?type=agent} (get-agent-conversation-metrics).
   *
   * @param userId one agent's user id, or null for all agents
   * @return a future completed with one entry per agent, or with the exceptions
   *     {@link #agentConversationMetrics} throws
   */
  public CompletableFuture<List<ReportAgentConversationMetrics>> agentConversationMetricsAsync(Long userId) {
    return ctx.executeAsync(agentConversationMetricsRequest(userId));
  }

  private ApiRequest<List<ReportAgentConversationMetrics>> agentConversationMetricsRequest(Long userId) {
    return ApiRequest.<List<ReportAgentConversationMetrics>>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports/conversations", ctx.accountId)
        .query("type", ReportType.AGENT)
        .query("user_id", userId)
        .responseType(ServiceContext.listOf(ReportAgentConversationMetrics.class))
        .build();
  }

  /**
   * Fetches the conversation counts by status for each channel type (Chatwoot 4.10+; the period may span at most 6 months, else 400).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/channel} (get-channel-summary-report).
   *
   * @param range the period and flags; null for none
   * @return the statistics, keyed by channel type such as {@code Channel::Api}
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Map<String, ReportChannelCounts> channelSummary(ReportRangeQuery range) {
    return ctx.execute(channelSummaryRequest(range));
  }

  /**
   * Asynchronous {@link #channelSummary}: fetches the conversation counts by status for each channel type (Chatwoot 4.10+; the period may span at most 6 months, else 400).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/channel} (get-channel-summary-report).
   *
   * @param range the period and flags; null for none
   * @return a future completed with the statistics, keyed by channel type such as {@code Channel::Api}, or with the exceptions
   *     {@link #channelSummary} throws
   */
  public CompletableFuture<Map<String, ReportChannelCounts>> channelSummaryAsync(ReportRangeQuery range) {
    return ctx.executeAsync(channelSummaryRequest(range));
  }

  private ApiRequest<Map<String, ReportChannelCounts>> channelSummaryRequest(ReportRangeQuery range) {
    ReportRangeQuery r = range == null ? ReportRangeQuery.none() : range;
    return ApiRequest.<Map<String, ReportChannelCounts>>builder("GET", ServiceContext.ACCOUNT_V2 + "/summary_reports/channel", ctx.accountId)
        .query("since", epochSeconds(r.since()))
        .query("until", epochSeconds(r.until()))
        .query("business_hours", r.businessHours())
        .responseType(mapOf(ReportChannelCounts.class))
        .build();
  }

  /**
   * Fetches the conversation statistics of each inbox.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/inbox} (get-inbox-summary-report).
   *
   * @param range the period and flags; null for none
   * @return one row per inbox
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ReportEntitySummary> inboxSummary(ReportRangeQuery range) {
    return ctx.execute(entitySummaryRequest("inbox", range));
  }

  /**
   * Asynchronous {@link #inboxSummary}: fetches the conversation statistics of each inbox.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/inbox} (get-inbox-summary-report).
   *
   * @param range the period and flags; null for none
   * @return a future completed with one row per inbox, or with the exceptions
   *     {@link #inboxSummary} throws
   */
  public CompletableFuture<List<ReportEntitySummary>> inboxSummaryAsync(ReportRangeQuery range) {
    return ctx.executeAsync(entitySummaryRequest("inbox", range));
  }

  /**
   * Fetches the conversation statistics of each agent.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/agent} (get-agent-summary-report).
   *
   * @param range the period and flags; null for none
   * @return one row per agent
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ReportEntitySummary> agentSummary(ReportRangeQuery range) {
    return ctx.execute(entitySummaryRequest("agent", range));
  }

  /**
   * Asynchronous {@link #agentSummary}: fetches the conversation statistics of each agent.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/agent} (get-agent-summary-report).
   *
   * @param range the period and flags; null for none
   * @return a future completed with one row per agent, or with the exceptions
   *     {@link #agentSummary} throws
   */
  public CompletableFuture<List<ReportEntitySummary>> agentSummaryAsync(ReportRangeQuery range) {
    return ctx.executeAsync(entitySummaryRequest("agent", range));
  }

  /**
   * Fetches the conversation statistics of each team.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/team} (get-team-summary-report).
   *
   * @param range the period and flags; null for none
   * @return one row per team
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ReportEntitySummary> teamSummary(ReportRangeQuery range) {
    return ctx.execute(entitySummaryRequest("team", range));
  }

  /**
   * Asynchronous {@link #teamSummary}: fetches the conversation statistics of each team.
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/summary_reports/team} (get-team-summary-report).
   *
   * @param range the period and flags; null for none
   * @return a future completed with one row per team, or with the exceptions
   *     {@link #teamSummary} throws
   */
  public CompletableFuture<List<ReportEntitySummary>> teamSummaryAsync(ReportRangeQuery range) {
    return ctx.executeAsync(entitySummaryRequest("team", range));
  }

  /** {@code GET /api/v2/accounts/{account_id}/summary_reports/{inbox,agent,team}}: one row per entity. */
  private ApiRequest<List<ReportEntitySummary>> entitySummaryRequest(String kind, ReportRangeQuery range) {
    ReportRangeQuery r = range == null ? ReportRangeQuery.none() : range;
    return ApiRequest.<List<ReportEntitySummary>>builder("GET", ServiceContext.ACCOUNT_V2 + "/summary_reports/{}",
            ctx.accountId, kind)
        .query("since", epochSeconds(r.since()))
        .query("until", epochSeconds(r.until()))
        .query("business_hours", r.businessHours())
        .responseType(ServiceContext.listOf(ReportEntitySummary.class))
        .build();
  }

  /**
   * Fetches how many conversations got their first response within 1, 4, 8, 24 hours or later, per channel type (Chatwoot 4.11+).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/first_response_time_distribution} (get-first-response-time-distribution).
   *
   * @param range the period and flags; null for none (business hours are not read)
   * @return the buckets, keyed by channel type such as {@code Channel::WebWidget}
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Map<String, ReportResponseTimeBuckets> firstResponseTimeDistribution(ReportRangeQuery range) {
    return ctx.execute(firstResponseTimeDistributionRequest(range));
  }

  /**
   * Asynchronous {@link #firstResponseTimeDistribution}: fetches how many conversations got their first response within 1, 4, 8, 24 hours or later, per channel type (Chatwoot 4.11+).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/first_response_time_distribution} (get-first-response-time-distribution).
   *
   * @param range the period and flags; null for none (business hours are not read)
   * @return a future completed with the buckets, keyed by channel type such as {@code Channel::WebWidget}, or with the exceptions
   *     {@link #firstResponseTimeDistribution} throws
   */
  public CompletableFuture<Map<String, ReportResponseTimeBuckets>> firstResponseTimeDistributionAsync(ReportRangeQuery range) {
    return ctx.executeAsync(firstResponseTimeDistributionRequest(range));
  }

  private ApiRequest<Map<String, ReportResponseTimeBuckets>> firstResponseTimeDistributionRequest(ReportRangeQuery range) {
    ReportRangeQuery r = range == null ? ReportRangeQuery.none() : range;
    return ApiRequest.<Map<String, ReportResponseTimeBuckets>>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports/first_response_time_distribution", ctx.accountId)
        .query("since", epochSeconds(r.since()))
        .query("until", epochSeconds(r.until()))
        .responseType(mapOf(ReportResponseTimeBuckets.class))
        .build();
  }

  /**
   * Fetches the number of conversations per inbox and label (Chatwoot 4.11+).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/inbox_label_matrix} (get-inbox-label-matrix).
   *
   * <p>The ids are sent as {@code inbox_ids[]=1&inbox_ids[]=2} (Rails array form): the spec's
   * repeated {@code inbox_ids=1&inbox_ids=2} would reach the server as the last id only.
   *
   * @param range the period and flags; null for none (business hours are not read)
   * @param inboxIds only these inboxes; null or empty for all
   * @param labelIds only these labels; null or empty for all
   * @return the inboxes, labels and counts
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ReportInboxLabelMatrix inboxLabelMatrix(ReportRangeQuery range, List<Long> inboxIds, List<Long> labelIds) {
    return ctx.execute(inboxLabelMatrixRequest(range, inboxIds, labelIds));
  }

  /**
   * Asynchronous {@link #inboxLabelMatrix}: fetches the number of conversations per inbox and label (Chatwoot 4.11+).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/inbox_label_matrix} (get-inbox-label-matrix).
   *
   * @param range the period and flags; null for none (business hours are not read)
   * @param inboxIds only these inboxes; null or empty for all
   * @param labelIds only these labels; null or empty for all
   * @return a future completed with the inboxes, labels and counts, or with the exceptions
   *     {@link #inboxLabelMatrix} throws
   */
  public CompletableFuture<ReportInboxLabelMatrix> inboxLabelMatrixAsync(ReportRangeQuery range, List<Long> inboxIds, List<Long> labelIds) {
    return ctx.executeAsync(inboxLabelMatrixRequest(range, inboxIds, labelIds));
  }

  private ApiRequest<ReportInboxLabelMatrix> inboxLabelMatrixRequest(ReportRangeQuery range, List<Long> inboxIds, List<Long> labelIds) {
    ReportRangeQuery r = range == null ? ReportRangeQuery.none() : range;
    return ApiRequest.<ReportInboxLabelMatrix>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports/inbox_label_matrix", ctx.accountId)
        .query("since", epochSeconds(r.since()))
        .query("until", epochSeconds(r.until()))
        .queryAll("inbox_ids[]", inboxIds)
        .queryAll("label_ids[]", labelIds)
        .responseType(ReportInboxLabelMatrix.class)
        .build();
  }

  /**
   * Fetches the number of outgoing messages per agent, team, inbox or label (Chatwoot 4.11+; grouped by agent, bot messages are left out).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/outgoing_messages_count} (get-outgoing-messages-count).
   *
   * @param groupBy what to group by; required (the server answers 422 without it)
   * @param range the period and flags; null for none (business hours are not read)
   * @return one row per agent, team, inbox or label
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this; 429 {@code Retry later} when throttled)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ReportOutgoingMessagesCount> outgoingMessagesCount(ReportGroupBy groupBy, ReportRangeQuery range) {
    return ctx.execute(outgoingMessagesCountRequest(groupBy, range));
  }

  /**
   * Asynchronous {@link #outgoingMessagesCount}: fetches the number of outgoing messages per agent, team, inbox or label (Chatwoot 4.11+; grouped by agent, bot messages are left out).
   *
   * <p>Endpoint: {@code GET /api/v2/accounts/{account_id}/reports/outgoing_messages_count} (get-outgoing-messages-count).
   *
   * @param groupBy what to group by; required (the server answers 422 without it)
   * @param range the period and flags; null for none (business hours are not read)
   * @return a future completed with one row per agent, team, inbox or label, or with the exceptions
   *     {@link #outgoingMessagesCount} throws
   */
  public CompletableFuture<List<ReportOutgoingMessagesCount>> outgoingMessagesCountAsync(ReportGroupBy groupBy, ReportRangeQuery range) {
    return ctx.executeAsync(outgoingMessagesCountRequest(groupBy, range));
  }

  private ApiRequest<List<ReportOutgoingMessagesCount>> outgoingMessagesCountRequest(ReportGroupBy groupBy, ReportRangeQuery range) {
    Objects.requireNonNull(groupBy, "groupBy");
    ReportRangeQuery r = range == null ? ReportRangeQuery.none() : range;
    return ApiRequest.<List<ReportOutgoingMessagesCount>>builder("GET", ServiceContext.ACCOUNT_V2 + "/reports/outgoing_messages_count", ctx.accountId)
        .query("since", epochSeconds(r.since()))
        .query("until", epochSeconds(r.until()))
        .query("group_by", groupBy)
        .responseType(ServiceContext.listOf(ReportOutgoingMessagesCount.class))
        .build();
  }

  /** {@code Map<String, value>}: the reports keyed by channel type. */
  private static Type mapOf(Type value) {
    return Types.newParameterizedType(Map.class, String.class, value);
  }

  /** Unix epoch seconds as Chatwoot reads them, or null to leave the parameter out. */
  private static String epochSeconds(Instant instant) {
    return instant == null ? null : Long.toString(instant.getEpochSecond());
  }
}
