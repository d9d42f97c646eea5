package dev.omnichannel.core.internal;

import static dev.omnichannel.core.internal.TransportFixture.json;
import static dev.omnichannel.core.internal.TransportFixture.options;
import static dev.omnichannel.core.internal.TransportFixture.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.OAuthCredentials;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.TokenGrant;
import dev.omnichannel.core.testing.CapturedLogs;
import dev.omnichannel.core.testing.FakeSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With TRACE on and logBodies(true), no secret from any request or response reaches a log line. */
class RedactionTest {

  static final List<String> SECRETS = List.of(
      "HDR-SECRET-1", "BEARER-SECRET-2", "QUERY-SECRET-3", "BODY-PASSWORD-4", "BODY-TOKEN-5",
      "RESP-ACCESS-6", "RESP-REFRESH-7", "CLIENT-SECRET-8", "SIGNATURE-9", "INBODY-TOKEN-10",
      "FORM-PASSWORD-11", "HMAC-SECRET-12");

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeSleeper sleeper = new FakeSleeper();

  @BeforeEach
  void clear() {
    CapturedLogs.clear();
  }

  @Test
  void noSecretReachesLogsExceptionsOrToString() {
    List<String> visible = new ArrayList<>();
    server.enqueue(json(200, "{\"access_token\":\"RESP-ACCESS-6\",\"refresh_token\":\"RESP-REFRESH-7\",\"id\":1,\"name\":\"x\"}"));
    server.enqueue(json(401, "{\"error\":\"bad\",\"client_secret\":\"CLIENT-SECRET-8\"}"));
    server.enqueue(new MockResponse.Builder().code(400).addHeader("Set-Cookie", "session=HDR-SECRET-1")
        .body("password=FORM-PASSWORD-11").build());
    server.enqueue(json(200, "{\"id\":1,\"name\":\"x\"}"));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"x\"}"));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"x\"}"));

    ClientOptions base = options(server, sleeper).logBodies(true).maxRetries(0)
        .credentials(Credentials.header("api_access_token", "HDR-SECRET-1")).build();
    try (HttpTransport t = transport(base)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", "Ana");
      body.put("password", "BODY-PASSWORD-4");
      body.put("nested", Map.of("api_token", "BODY-TOKEN-5", "hmac_token", "HMAC-SECRET-12"));
      t.execute(ApiRequest.<TransportFixture.Contact>builder("POST", "/login").jsonBody(body)
          .query("token", "QUERY-SECRET-3").responseType(TransportFixture.Contact.class).build(),
          RequestOptions.builder().header("X-Signature", "SIGNATURE-9").build());
      visible.add(String.valueOf(catchThrowable(() -> t.execute(TransportFixture.getContact(1), null))));
      visible.add(String.valueOf(catchThrowable(() -> t.execute(ApiRequest.<Void>builder("POST", "/form")
          .body(new MultipartBody.Builder().setType(MultipartBody.FORM)
              .addFormDataPart("password", "FORM-PASSWORD-11").build())
          .decoder(ResponseDecoder.discard()).build(), null))));
      visible.add(t.options().toString());
      visible.add(RequestOptions.builder().header("Authorization", "BEARER-SECRET-2").build().toString());
    }
    try (HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/").toString()).logBodies(true)
        .credentials(Credentials.bearer("BEARER-SECRET-2")).sleeper(sleeper).build())) {
      t.execute(TransportFixture.getContact(1), null);
    }
    try (HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/").toString()).logBodies(true)
        .credentials(Credentials.tokenInBody("token", "INBODY-TOKEN-10")).sleeper(sleeper).build())) {
      t.execute(TransportFixture.createContact("Ana"), null);
      RequestBody form = RequestBody.create("password=FORM-PASSWORD-11&name=a",
          okhttp3.MediaType.get("application/x-www-form-urlencoded"));
      visible.add(Redactor.body("password=FORM-PASSWORD-11&name=a", 1000));
      visible.add(form.toString());
    }
    OAuthCredentials oauth = OAuthCredentials.of(current -> new TokenGrant("RESP-ACCESS-6", "RESP-REFRESH-7",
        "Bearer", Duration.ofHours(1)));
    try (HttpTransport t = transport(ClientOptions.builder().baseUrl(server.url("/").toString()).logBodies(true)
        .credentials(oauth).sleeper(sleeper).build())) {
      t.execute(TransportFixture.getContact(1), null);
      visible.add(oauth.toString());
      visible.add(oauth.token(java.time.Clock.systemUTC()).toString());
    }
    visible.add(Redactor.url(HttpUrl.get("https://x/y?token=QUERY-SECRET-3&page=2")));

    List<String> lines = CapturedLogs.lines();
    assertThat(lines).anyMatch(l -> l.startsWith("DEBUG dev.omnichannel.http: POST"));
    assertThat(lines).anyMatch(l -> l.startsWith("TRACE dev.omnichannel.http: request headers"));
    assertThat(lines).anyMatch(l -> l.contains("request body: {\"name\":\"Ana\",\"password\":\"██\""));
    assertThat(lines).anyMatch(l -> l.contains("token=%E2%96%88%E2%96%88") || l.contains("token=██"));
    visible.addAll(lines);
    for (String line : visible) {
      for (String secret : SECRETS) {
        assertThat(line).as("a log line or message").doesNotContain(secret);
      }
    }
  }

  @Test
  void pathsCarryingSecretsAreLoggedAsTemplates() {
    server.enqueue(json(200, "{\"id\":1,\"name\":\"x\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      t.execute(ApiRequest.<TransportFixture.Contact>builder("GET", "/public/inboxes/{}/contacts/{}",
              "INBOX-SECRET-13", "SOURCE-SECRET-14").query("page", 2)
          .responseType(TransportFixture.Contact.class).build().withRedactedPath(), null);
    }
    assertThat(CapturedLogs.lines())
        .anyMatch(l -> l.contains("GET http://") && l.contains("/base/public/inboxes/{}/contacts/{}?page=2 -> 200"))
        .noneMatch(l -> l.contains("INBOX-SECRET-13") || l.contains("SOURCE-SECRET-14"));
  }

  @Test
  void redactorMasksByName() {
    assertThat(Redactor.isSensitiveName("api_access_token")).isTrue();
    assertThat(Redactor.isSensitiveName("Qiscus-Secret-Key")).isTrue();
    assertThat(Redactor.isSensitiveName("X-API-TOKEN")).isTrue();
    assertThat(Redactor.isSensitiveName("identifier_hash")).isFalse();
    assertThat(Redactor.isSensitiveName("name")).isFalse();
    assertThat(Redactor.body("{\"token\":\"a\\\"b\",\"n\":1,\"secret_key\":123}", 100))
        .isEqualTo("{\"token\":\"██\",\"n\":1,\"secret_key\":\"██\"}");
    assertThat(Redactor.body("x".repeat(50), 10)).startsWith("xxxxxxxxxx…");
  }
}
