package dev.omnichannel.core.internal;

import static dev.omnichannel.core.internal.TransportFixture.createContact;
import static dev.omnichannel.core.internal.TransportFixture.getContact;
import static dev.omnichannel.core.internal.TransportFixture.json;
import static dev.omnichannel.core.internal.TransportFixture.options;
import static dev.omnichannel.core.internal.TransportFixture.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.OAuthCredentials;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.TokenGrant;
import dev.omnichannel.core.testing.CapturedLogs;
import dev.omnichannel.core.testing.FakeSleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Regression tests for the transport defects found in review. */
class TransportHardeningTest {

  private final FakeSleeper sleeper = new FakeSleeper();

  @Test
  void redirectToAnotherHostIsNotFollowedSoStaticSecretHeadersStayHome() throws Exception {
    try (MockWebServer a = new MockWebServer(); MockWebServer b = new MockWebServer()) {
      a.start();
      b.start();
      a.enqueue(new MockResponse.Builder().code(302).addHeader("Location", b.url("/evil?x=1").toString()).build());
      a.enqueue(new MockResponse.Builder().code(302).addHeader("Location", b.url("/evil?x=1").toString()).build());
      b.enqueue(json(200, "{\"id\":1,\"name\":\"x\"}"));
      try (HttpTransport t = transport(options(a, sleeper).build())) {
        assertThatThrownBy(() -> t.execute(getContact(1), null))
            .isInstanceOfSatisfying(ApiException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(302);
              assertThat(e.getMessage()).contains("302").doesNotContain("secret-token-123")
                  .doesNotContain("/evil");
            });
        assertThatThrownBy(() -> t.executeAsync(getContact(1), null).get(5, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ApiException.class);
      }
      assertThat(b.getRequestCount()).isZero();
    }
  }

  @Test
  @Timeout(20)
  void cancellingWhileTheTokenIsFetchedSendsNothing() throws Exception {
    try (MockWebServer a = new MockWebServer()) {
      a.start();
      a.enqueue(json(201, "{\"id\":1,\"name\":\"x\"}"));
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch fetched = new CountDownLatch(1);
      OAuthCredentials oauth = OAuthCredentials.of(cur -> {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        fetched.countDown();
        return new TokenGrant("tok", null, "bearer", Duration.ofHours(1));
      });
      ClientOptions o = ClientOptions.builder().baseUrl(a.url("/base/").toString())
          .credentials(oauth).sleeper(sleeper).build();
      try (HttpTransport t = transport(o)) {
        CompletableFuture<TransportFixture.Contact> f = t.executeAsync(createContact("Ana"), null);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(f.cancel(true)).isTrue();
        release.countDown();
        assertThat(fetched.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(a.takeRequest(1, TimeUnit.SECONDS)).isNull();
        assertThat(a.getRequestCount()).isZero();
      }
    }
  }

  @Test
  void hugeJsonStringWithBodyLoggingDoesNotFailTheCall() throws Exception {
    String big = "x".repeat(100_000);
    try (MockWebServer a = new MockWebServer()) {
      a.start();
      a.enqueue(json(201, "{\"id\":1,\"name\":\"" + big + "\",\"token\":\"resp-secret\"}"));
      CapturedLogs.clear();
      try (HttpTransport t = transport(options(a, sleeper).logBodies(true).build())) {
        TransportFixture.Contact c = t.execute(createContact(big), null);
        assertThat(c.name()).hasSize(100_000);
      }
      assertThat(a.getRequestCount()).isEqualTo(1);
      assertThat(CapturedLogs.lines()).noneMatch(l -> l.contains("resp-secret"));
    }
  }

  @Test
  void redactorHandlesLongAndEscapeHeavyStrings() {
    for (String content : new String[] {"x".repeat(1_000_000), "\\\"".repeat(200_000)}) {
      String out = Redactor.body("{\"text\":\"" + content + "\",\"token\":\"abc\"}", Integer.MAX_VALUE);
      assertThat(out).endsWith("\"token\":\"" + Redactor.MASK + "\"}");
    }
  }

  @Test
  @Timeout(20)
  void closingWhileA401IsAnsweredStillCompletesTheFuture() throws Exception {
    try (MockWebServer a = new MockWebServer()) {
      a.start();
      a.enqueue(new MockResponse.Builder().code(401).body("{}")
          .headersDelay(500, TimeUnit.MILLISECONDS).build());
      OAuthCredentials oauth = OAuthCredentials.of(cur -> new TokenGrant("tok", null, "bearer", Duration.ofHours(1)));
      oauth.token(Clock.systemUTC());
      ClientOptions o = ClientOptions.builder().baseUrl(a.url("/base/").toString())
          .credentials(oauth).sleeper(sleeper).build();
      HttpTransport t = transport(o);
      CompletableFuture<TransportFixture.Contact> f = t.executeAsync(getContact(1), null);
      assertThat(a.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      t.close();
      assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .satisfies(e -> assertThat(e.getCause())
              .isInstanceOfAny(IllegalStateException.class, ApiConnectionException.class));
    }
  }

  @Test
  void dotPathArgumentsAreRejected() {
    for (String arg : new String[] {".", "..", "%2e", "%2E%2e", ".%2E"}) {
      assertThatThrownBy(() -> ApiRequest.builder("DELETE", "/contacts/{}", arg))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("path argument 1 of /contacts/{} must not be '.' or '..'");
    }
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/a/{}/b/{}", 5, ".."))
        .hasMessage("path argument 2 of /a/{}/b/{} must not be '.' or '..'");
    assertThat(ApiRequest.builder("GET", "/files/{}", "...").responseType(Object.class).build().pathSegments())
        .containsExactly("files", "...");
    assertThat(ApiRequest.builder("GET", "/files/{}", "a..").responseType(Object.class).build().pathSegments())
        .containsExactly("files", "a..");
  }

  @Test
  void invalidHeaderValuesAreRejectedWithoutEchoingThem() {
    for (String bad : new String[] {"super-secret-value\n", "super-secret-value\r\nX-Evil: 1", "super-secret-välue"}) {
      assertThatThrownBy(() -> RequestOptions.builder().header("X-API-TOKEN", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("X-API-TOKEN")
          .hasMessageNotContaining("super-secret");
      assertThatThrownBy(() -> ApiRequest.builder("GET", "/x").header("Qiscus-Secret-Key", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Qiscus-Secret-Key")
          .hasMessageNotContaining("super-secret");
    }
    assertThatThrownBy(() -> RequestOptions.builder().header("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RequestOptions.builder().header("X-Trace", "a\tb c").build().headers())
        .isEqualTo(Map.of("X-Trace", "a\tb c"));
  }
}
