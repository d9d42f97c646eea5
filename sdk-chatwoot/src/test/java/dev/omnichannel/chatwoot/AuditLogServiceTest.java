package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.AuditLog;
import dev.omnichannel.chatwoot.model.AuditLogList;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditLogServiceTest extends ChatwootTestSupport {

  static String entry(long id) {
    return q("{'id':" + id + ",'auditable_id':5,'auditable_type':'Inbox','auditable':{'id':5,'name':'Support'},"
        + "'associated_id':42,'associated_type':'Account','user_id':1,'user_type':'User','username':'admin@example.com',"
        + "'action':'update','audited_changes':{'name':['Old','Support']},'version':2,'comment':null,"
        + "'request_uuid':'3f0c1a2b-1111-2222-3333-444455556666','created_at':1767225600,'remote_address':'10.0.x.x','location':'Berlin'}");
  }

  static String page(int current, long total, long... ids) {
    String items = java.util.Arrays.stream(ids).mapToObj(AuditLogServiceTest::entry).collect(Collectors.joining(","));
    return "{\"per_page\":25,\"total_entries\":" + total + ",\"current_page\":" + current + ",\"audit_logs\":[" + items + "]}";
  }

  static long[] range(int from, int count) {
    return IntStream.range(from, from + count).asLongStream().toArray();
  }

  @Test
  void listPageParsesEnvelope() throws Exception {
    respond(200, page(1, 1, 900));
    AuditLogList list = client().auditLogs().listPage(1);
    expect("GET", "/api/v1/accounts/42/audit_logs?page=1", null);
    assertThat(list.perPage()).isEqualTo(25);
    assertThat(list.totalEntries()).isEqualTo(1L);
    assertThat(list.hasMore()).isFalse();
    AuditLog a = list.auditLogs().get(0);
    assertThat(a.action()).isEqualTo("update");
    assertThat(a.auditableType()).isEqualTo("Inbox");
    assertThat(a.auditedChanges()).containsEntry("name", List.of("Old", "Support"));
    assertThat(a.createdAt()).isEqualTo(Instant.ofEpochSecond(1767225600));
    assertThat(a.comment()).isNull();
    assertThat(a.location()).isEqualTo("Berlin");
  }

  @Test
  void autoPagingUsesTotalEntries() throws Exception {
    respond(200, page(1, 60, range(1, 25)));
    respond(200, page(2, 60, range(26, 25)));
    respond(200, page(3, 60, range(51, 10)));
    Page<AuditLog> first = client().auditLogs().list();
    expect("GET", "/api/v1/accounts/42/audit_logs?page=1", null);
    List<Long> ids = first.stream().map(AuditLog::id).toList();
    expect("GET", "/api/v1/accounts/42/audit_logs?page=2", null);
    expect("GET", "/api/v1/accounts/42/audit_logs?page=3", null);
    assertThat(ids).hasSize(60).startsWith(1L).endsWith(60L);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void exactMultipleStopsWithoutExtraRequest() throws Exception {
    respond(200, page(1, 25, range(1, 25)));
    Page<AuditLog> first = client().auditLogs().list();
    assertThat(first.hasNextPage()).isFalse();
    assertThat(first.stream().count()).isEqualTo(25);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listFromPageAndStringCurrentPage() throws Exception {
    respond(200, "{\"per_page\":25,\"total_entries\":30,\"current_page\":\"2\",\"audit_logs\":[" + entry(26) + "]}");
    Page<AuditLog> p = client().auditLogs().list(2);
    expect("GET", "/api/v1/accounts/42/audit_logs?page=2", null);
    assertThat(p.items()).hasSize(1);
    assertThat(p.hasNextPage()).isFalse();
    assertThatThrownBy(() -> client().auditLogs().list(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingTotalsFallBackToFullPageRule() {
    AuditLogList full = new AuditLogList(null, null, null, java.util.Collections.nCopies(25, null));
    assertThat(full.hasMore()).isTrue();
    assertThat(new AuditLogList(25, null, 1, List.of()).hasMore()).isFalse();
  }

  @Test
  void asyncPage() throws Exception {
    respond(200, page(1, 0));
    AuditLogList list = client().auditLogs().listPageAsync(1).get(5, TimeUnit.SECONDS);
    expect("GET", "/api/v1/accounts/42/audit_logs?page=1", null);
    assertThat(list.auditLogs()).isEmpty();
  }

  @Test
  void communityEditionIs404() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().auditLogs().list()).isInstanceOf(NotFoundException.class);
  }
}
