package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One page of {@code GET /api/v1/accounts/{account_id}/reporting_events}: the events and the
 * page counts.
 *
 * @param payload the events of this page (at most 25), never null
 * @param meta the total count and page numbers, may be null
 */
public record ReportingEventList(List<ReportingEvent> payload, ReportingEventMeta meta) {

  /**
   * Normalises a missing event list to an empty one.
   *
   * @param payload the events of this page (at most 25), never null
   * @param meta the total count and page numbers, may be null
   */
  public ReportingEventList {
    payload = JsonSupport.listOrEmpty(payload);
  }
}
