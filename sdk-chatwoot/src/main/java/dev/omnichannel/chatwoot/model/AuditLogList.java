package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One page of audit-log entries as the server answers it:
 * {@code {per_page, total_entries, current_page, audit_logs:[...]}}.
 *
 * @param perPage entries per page (25)
 * @param totalEntries entries in all pages
 * @param currentPage the number of this page, from 1
 * @param auditLogs the entries; never null
 */
public record AuditLogList(
    @Json(name = "per_page") Integer perPage,
    @Json(name = "total_entries") Long totalEntries,
    @Json(name = "current_page") Integer currentPage,
    @Json(name = "audit_logs") List<AuditLog> auditLogs) {

  /**
   * Normalises a missing entry list to an empty one.
   *
   * @param perPage entries per page
   * @param totalEntries entries in all pages
   * @param currentPage this page's number
   * @param auditLogs the entries, may be null
   */
  public AuditLogList {
    auditLogs = JsonSupport.listOrEmpty(auditLogs);
  }

  /**
   * Whether pages follow this one: {@code current_page * per_page < total_entries}. When the
   * counts are missing, a full page (25 entries, or {@code per_page}) means "maybe more".
   *
   * @return true when another page should be fetched
   */
  public boolean hasMore() {
    int size = perPage != null && perPage > 0 ? perPage : 25;
    if (totalEntries == null || currentPage == null) {
      return auditLogs.size() >= size;
    }
    return (long) currentPage * size < totalEntries;
  }
}
