package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.contract.ContractCheck;
import dev.omnichannel.core.testing.FakeSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/** A MockWebServer, a client bound to account 42 pointing at it, and request assertions. */
abstract class ChatwootTestSupport {

  static final String TOKEN = "tok-123-secret";
  static final long ACCOUNT = 42;

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeSleeper sleeper = new FakeSleeper();
  private ChatwootClient client;

  ChatwootClient client() {
    if (client == null) {
      client = ChatwootClient.builder()
          .baseUrl(server.url("/").toString())
          .apiAccessToken(TOKEN)
          .accountId(ACCOUNT)
          .sleeper(sleeper)
          .build();
    }
    return client;
  }

  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  void respond(int code, String json) {
    server.enqueue(new MockResponse.Builder().code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(json).build());
  }

  void respondEmpty() {
    server.enqueue(new MockResponse.Builder().code(200).build());
  }

  /**
   * Asserts the next request's method, target (path and query), auth header and exact body, then
   * validates it against the official OpenAPI spec ({@link ContractCheck}; skipped when absent).
   */
  RecordedRequest expect(String method, String target, String body) throws InterruptedException {
    RecordedRequest r = take(method, target, body);
    ContractCheck.verify(r);
    return r;
  }

  /**
   * Like {@link #expect}, for a test that deliberately sends a value outside the spec to exercise
   * an escape hatch (an unknown enum value, {@code extra(...)}): asserts everything else, checks
   * that the request really breaks the spec and records {@code reason} in the contract summary.
   */
  RecordedRequest expectOutsideSpec(String method, String target, String body, String reason)
      throws InterruptedException {
    RecordedRequest r = take(method, target, body);
    ContractCheck.verifyOutsideSpec(r, reason);
    return r;
  }

  private RecordedRequest take(String method, String target, String body) throws InterruptedException {
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(target);
    assertThat(r.getHeaders().get("api_access_token")).isEqualTo(TOKEN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    String sent = r.getBody() == null ? "" : r.getBody().utf8();
    if (body == null) {
      assertThat(sent).isEmpty();
    } else {
      assertThat(sent).isEqualTo(body);
      assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    }
    return r;
  }

  /** JSON with single quotes, for readable test literals. */
  static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
