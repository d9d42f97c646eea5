package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.CustomFilter;
import dev.omnichannel.chatwoot.model.CustomFilterParams;
import dev.omnichannel.chatwoot.model.CustomFilterType;
import dev.omnichannel.core.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CustomFilterServiceTest extends ChatwootTestSupport {

  static final String QUERY = q("{'payload':[{'attribute_key':'status','filter_operator':'equal_to','values':['open'],'query_operator':null}]}");

  /** As the server renders it (api/v1/models/_custom_filter): {@code filter_type}, not the spec's {@code type}. */
  static final String FILTER_JSON = q("{'id':3,'name':'Open VIP','filter_type':'contact','query':") + QUERY
      + q(",'created_at':'2026-05-01T10:00:00.000Z','updated_at':'2026-05-02T10:00:00.000Z','count':12}");

  static final Map<String, Object> QUERY_MAP = Map.of("payload", List.of(
      new java.util.LinkedHashMap<String, Object>() {{
        put("attribute_key", "status");
        put("filter_operator", "equal_to");
        put("values", List.of("open"));
      }}));

  @Test
  void listDefaultsToServerType() throws Exception {
    respond(200, "[" + FILTER_JSON + "]");
    List<CustomFilter> filters = client().customFilters().list();
    expect("GET", "/api/v1/accounts/42/custom_filters", null);
    CustomFilter f = filters.get(0);
    assertThat(f.kind()).isEqualTo(CustomFilterType.CONTACT);
    assertThat(f.type()).isNull();
    assertThat(f.createdAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
    assertThat(f.count()).isEqualTo(12L);
    assertThat(f.query()).containsKey("payload");
  }

  @Test
  void listByType() throws Exception {
    respond(200, "[]");
    assertThat(client().customFilters().list(CustomFilterType.CONTACT)).isEmpty();
    expect("GET", "/api/v1/accounts/42/custom_filters?filter_type=contact", null);
  }

  @Test
  void createSendsTypeAndFilterType() throws Exception {
    respond(200, FILTER_JSON);
    CustomFilter f = client().customFilters().create(CustomFilterParams.builder()
        .name("Open VIP").type(CustomFilterType.CONTACT).query(QUERY_MAP).build());
    expect("POST", "/api/v1/accounts/42/custom_filters",
        q("{'name':'Open VIP','type':'contact','filter_type':'contact','query':{'payload':[{'attribute_key':'status','filter_operator':'equal_to','values':['open']}]}}"));
    assertThat(f.id()).isEqualTo(3L);
  }

  @Test
  void retrieveReadsSpecShapeToo() throws Exception {
    respond(200, q("{'id':3,'name':'Open','type':'conversation','query':{}}"));
    CustomFilter f = client().customFilters().retrieve(3);
    expect("GET", "/api/v1/accounts/42/custom_filters/3", null);
    assertThat(f.kind()).isEqualTo(CustomFilterType.CONVERSATION);
  }

  @Test
  void update() throws Exception {
    respond(200, FILTER_JSON.replace("Open VIP", "VIP"));
    CustomFilter f = client().customFilters().update(3, CustomFilterParams.builder().name("VIP").build());
    expect("PATCH", "/api/v1/accounts/42/custom_filters/3", q("{'name':'VIP'}"));
    assertThat(f.name()).isEqualTo("VIP");
  }

  @Test
  void deleteAcceptsNoContent() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());
    client().customFilters().delete(3);
    expect("DELETE", "/api/v1/accounts/42/custom_filters/3", null);
  }

  @Test
  void asyncTwins() throws Exception {
    respond(200, "[" + FILTER_JSON + "]");
    assertThat(client().customFilters().listAsync(CustomFilterType.REPORT).get(5, TimeUnit.SECONDS)).hasSize(1);
    expect("GET", "/api/v1/accounts/42/custom_filters?filter_type=report", null);
    respond(200, FILTER_JSON);
    assertThat(client().customFilters().updateAsync(3, CustomFilterParams.builder().type(null).build())
        .get(5, TimeUnit.SECONDS).name()).isEqualTo("Open VIP");
    expect("PATCH", "/api/v1/accounts/42/custom_filters/3", "{}");
  }

  @Test
  void anotherUsersFilterIsNotFound() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().customFilters().retrieve(77)).isInstanceOf(NotFoundException.class);
  }
}
