package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.contract.ContractCheck;
import dev.omnichannel.core.testing.FakeSleeper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/**
 * What the Application/Platform ({@link ChatwootTestSupport}) and Client API
 * ({@link PublicTestSupport}) tests share: a MockWebServer, a lazily built client pointing at it,
 * canned responses and the request assertions. Subclasses build the client and say which auth
 * headers a request must (or must not) carry.
 *
 * @param <C> the client type
 */
abstract class MockServerTestSupport<C extends AutoCloseable> {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeSleeper sleeper = new FakeSleeper();
  private C client;

  /** Builds the client for {@link #server} (called once per test, on first use). */
  abstract C newClient();

  /** Asserts the auth headers of a recorded request. */
  abstract void assertAuth(RecordedRequest r);

  C client() {
    if (client == null) {
      client = newClient();
    }
    return client;
  }

  @AfterEach
  void closeClient() throws Exception {
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
   * Asserts the next request's method, target (path and query), auth headers
   * ({@link #assertAuth}) and exact body, then validates it against the official OpenAPI spec
   * ({@link ContractCheck}; skipped when absent).
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
    assertAuth(r);
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
