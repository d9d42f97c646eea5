package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Per-call {@link RequestOptions} given to {@code withRequestOptions} reach the wire. */
class RequestOptionsTest extends ChatwootTestSupport {

  @Test
  void perCallHeaderAndQueryParameterAreSent() throws Exception {
    respond(200, "{\"payload\":[]}");
    client().labels()
        .withRequestOptions(RequestOptions.builder().header("X-Trace", "t-1").queryParameter("locale", "fr").build())
        .list();
    // Taken directly, not through expect(...): a caller's own extra query parameter is outside the
    // spec, so the contract check would rightly reject it.
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/api/v1/accounts/42/labels?locale=fr");
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(r.getHeaders().get("api_access_token")).isEqualTo(TOKEN);
  }

  @Test
  void optionsApplyOnlyToTheDerivedService() throws Exception {
    LabelService plain = client().labels();
    LabelService traced = plain.withRequestOptions(RequestOptions.builder().header("X-Trace", "t-2").build());
    respond(200, "{\"payload\":[]}");
    respond(200, "{\"payload\":[]}");
    traced.list();
    plain.list();
    assertThat(expect("GET", "/api/v1/accounts/42/labels", null).getHeaders().get("X-Trace")).isEqualTo("t-2");
    assertThat(expect("GET", "/api/v1/accounts/42/labels", null).getHeaders().get("X-Trace")).isNull();
  }

  @Test
  void perCallMaxRetriesOverridesTheClientDefault() throws Exception {
    respond(503, "{\"error\":\"down\"}");
    respond(503, "{\"error\":\"down\"}");
    assertThatThrownBy(() -> client().teams()
            .withRequestOptions(RequestOptions.builder().maxRetries(0).build())
            .retrieve(5))
        .isInstanceOf(ApiException.class);
    expect("GET", "/api/v1/accounts/42/teams/5", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void everyServiceAcceptsRequestOptions() throws Exception {
    RequestOptions o = RequestOptions.builder().header("X-Trace", "all").build();
    ChatwootClient c = client();
    respond(200, "{\"id\":1}");
    c.account().withRequestOptions(o).retrieve();
    respond(200, "[]");
    c.agents().withRequestOptions(o).list();
    respond(200, "[]");
    c.teams().withRequestOptions(o).list();
    respond(200, "{\"payload\":[]}");
    c.labels().withRequestOptions(o).list();
    respond(200, "[]");
    c.cannedResponses().withRequestOptions(o).list();
    respond(200, "[]");
    c.customAttributes().withRequestOptions(o).list("contact_attribute");
    respond(200, "{\"payload\":{\"webhooks\":[]}}");
    c.webhooks().withRequestOptions(o).list();
    respond(200, "{\"id\":1}");
    c.profile().withRequestOptions(o).retrieve();
    for (int i = 0; i < 8; i++) {
      assertThat(server.takeRequest().getHeaders().get("X-Trace")).isEqualTo("all");
    }
  }
}
