package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.AuditLog;
import dev.omnichannel.chatwoot.model.AuditLogList;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.core.paging.PageResult;
import dev.omnichannel.core.paging.Pages;
import java.util.concurrent.CompletableFuture;

/**
 * The account's audit log ({@code /api/v1/accounts/{account_id}/audit_logs}): who created,
 * changed or deleted what. <strong>Enterprise editions only</strong>, with the {@code audit_logs}
 * feature enabled: community editions answer 404 ({@link dev.omnichannel.core.NotFoundException}),
 * and plans without the feature answer an error (401, 402 or 422). Needs an administrator's
 * token.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class AuditLogService {

  /** Entries per page on the server. */
  static final int PAGE_SIZE = 25;

  private final ServiceContext ctx;

  AuditLogService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the view; this service is unchanged
   */
  public AuditLogService withRequestOptions(RequestOptions options) {
    return new AuditLogService(ctx.with(options));
  }

  /**
   * Fetches one page of audit-log entries (25 per page) with the totals.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/audit_logs} (get-account-audit-logs).
   *
   * @param page the page number, from 1
   * @return the page
   * @throws IllegalArgumentException when page is below 1
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AuditLogList listPage(int page) {
    return ctx.execute(listPageRequest(page));
  }

  /**
   * Asynchronous {@link #listPage}: fetches one page of audit-log entries (25 per page) with the totals.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/audit_logs} (get-account-audit-logs).
   *
   * @param page the page number, from 1
   * @return a future completed with the page, or with the exceptions
   *     {@link #listPage} throws
   */
  public CompletableFuture<AuditLogList> listPageAsync(int page) {
    return ctx.executeAsync(listPageRequest(page));
  }

  private ApiRequest<AuditLogList> listPageRequest(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    return ApiRequest.<AuditLogList>builder("GET", ServiceContext.ACCOUNT + "/audit_logs", ctx.accountId)
        .query("page", page)
        .responseType(AuditLogList.class)
        .build();
  }

  /**
   * Lists audit-log entries from the first page; walk on with {@link Page#nextPage()},
   * {@link Page#autoPager()} or {@link Page#stream()}. Pages hold 25 entries; a next page exists
   * while {@code current_page * per_page < total_entries}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/audit_logs} (get-account-audit-logs).
   *
   * @return the first page (fetched now)
   * @throws ApiException when Chatwoot answers with an error status (404 on editions without
   *     audit logs)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<AuditLog> list() {
    return list(1);
  }

  /**
   * Like {@link #list()}, starting at a given page.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/audit_logs} (get-account-audit-logs).
   *
   * @param fromPage the first page to fetch, from 1
   * @return that page (fetched now)
   * @throws IllegalArgumentException when fromPage is below 1
   * @throws ApiException when Chatwoot answers with an error status (404 on editions without
   *     audit logs)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<AuditLog> list(int fromPage) {
    listPageRequest(fromPage);
    return Pages.pageResults(fromPage, PAGE_SIZE, page -> {
      AuditLogList list = listPage(page);
      return new PageResult<>(list.auditLogs(), list.hasMore());
    });
  }
}
