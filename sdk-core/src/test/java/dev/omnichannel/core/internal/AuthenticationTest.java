package dev.omnichannel.core.internal;

import static dev.omnichannel.core.internal.TransportFixture.createContact;
import static dev.omnichannel.core.internal.TransportFixture.getContact;
import static dev.omnichannel.core.internal.TransportFixture.json;
import static dev.omnichannel.core.internal.TransportFixture.options;
import static dev.omnichannel.core.internal.TransportFixture.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.OAuthCredentials;
import dev.omnichannel.core.OAuthToken;
import dev.omnichannel.core.TokenGrant;
import dev.omnichannel.core.TokenStore;
import dev.omnichannel.core.testing.FakeSleeper;
import dev.omnichannel.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeSleeper sleeper = new FakeSleeper();
  final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  /** Issues token-1, token-2, ... with a one hour lifetime; counts calls. */
  final class CountingFetcher implements dev.omnichannel.core.TokenFetcher {
    final AtomicInteger calls = new AtomicInteger();
    final List<String> refreshTokensUsed = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public TokenGrant fetch(OAuthToken current) {
      int n = calls.incrementAndGet();
      refreshTokensUsed.add(current == null ? "none" : String.valueOf(current.refreshToken()));
      try {
        Thread.sleep(20); // widen the race window: other threads arrive while this one fetches
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new TokenGrant("token-" + n, "refresh-" + n, n % 2 == 0 ? "bearer" : "Bearer", Duration.ofHours(1));
    }
  }

  /** Accepts only "Bearer <valid>" where valid is read per request. */
  static Dispatcher acceptOnly(java.util.function.Supplier<String> valid) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String auth = request.getHeaders().get("Authorization");
        if (("Bearer " + valid.get()).equals(auth)) {
          return json(200, "{\"id\":7,\"name\":\"Ana\"}");
        }
        return json(401, "{\"error\":\"Invalid Access Token\"}");
      }
    };
  }

  @Test
  void fiftyThreadsWithAnExpiredTokenMakeExactlyOneTokenRequest() throws Exception {
    CountingFetcher fetcher = new CountingFetcher();
    TokenStore store = TokenStore.inMemory();
    OAuthToken expired = new OAuthToken("token-0", "refresh-0", "Bearer",
        clock.instant().minus(Duration.ofHours(2)), clock.instant().minus(Duration.ofHours(1)));
    OAuthCredentials credentials = OAuthCredentials.of(fetcher, store, expired);
    server.setDispatcher(acceptOnly(() -> "token-1"));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try (HttpTransport t = transport(options(server, sleeper).credentials(credentials).clock(clock).build())) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<TransportFixture.Contact>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return t.execute(getContact(7), null);
        }));
      }
      start.countDown();
      for (Future<TransportFixture.Contact> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS).name()).isEqualTo("Ana");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fetcher.calls.get()).isEqualTo(1);
    assertThat(fetcher.refreshTokensUsed).containsExactly("refresh-0");
    assertThat(server.getRequestCount()).isEqualTo(50);
    assertThat(store.load()).get().extracting(OAuthToken::accessToken).isEqualTo("token-1");
  }

  @Test
  void fiftyAsyncCallsWithAnExpiredTokenMakeExactlyOneTokenRequest() throws Exception {
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials credentials = OAuthCredentials.of(fetcher);
    server.setDispatcher(acceptOnly(() -> "token-1"));
    try (HttpTransport t = transport(options(server, sleeper).credentials(credentials).clock(clock).build())) {
      List<CompletableFuture<TransportFixture.Contact>> futures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        futures.add(t.executeAsync(getContact(7), null));
      }
      for (CompletableFuture<TransportFixture.Contact> f : futures) {
        assertThat(f.get(10, TimeUnit.SECONDS).name()).isEqualTo("Ana");
      }
    }
    assertThat(fetcher.calls.get()).isEqualTo(1);
  }

  @Test
  void a401WithTheCurrentTokenRefreshesOnceAndResendsOnce() throws Exception {
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials credentials = OAuthCredentials.of(fetcher);
    server.setDispatcher(acceptOnly(() -> "token-2")); // token-1 is revoked server-side
    try (HttpTransport t = transport(options(server, sleeper).credentials(credentials).clock(clock).build())) {
      assertThat(t.execute(createContact("Ana"), null).name()).isEqualTo("Ana");
    }
    assertThat(fetcher.calls.get()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aSecond401SurfacesAsAuthenticationExceptionWithoutLooping() {
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials credentials = OAuthCredentials.of(fetcher);
    server.setDispatcher(acceptOnly(() -> "never-valid"));
    try (HttpTransport t = transport(options(server, sleeper).credentials(credentials).clock(clock).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.attempts()).isEqualTo(2))
          .hasMessageContaining("Invalid Access Token");
      assertThatThrownBy(() -> t.executeAsync(getContact(7), null).get(5, TimeUnit.SECONDS))
          .cause().isInstanceOf(AuthenticationException.class);
    }
    assertThat(fetcher.calls.get()).isEqualTo(3); // initial + one forced refresh per call
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void a401WithAStaleTokenResendsWithoutAnotherRefresh() throws Exception {
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials credentials = OAuthCredentials.of(fetcher);
    credentials.token(clock); // token-1
    okhttp3.Request stale = new okhttp3.Request.Builder().url("http://x/").header("Authorization", "Bearer token-0").build();
    assertThat(credentials.refreshAfterUnauthorized(stale, clock)).isTrue();
    assertThat(fetcher.calls.get()).isEqualTo(1);
  }

  @Test
  void tokensAreRefreshedProactivelyBeforeExpiry() {
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials credentials = OAuthCredentials.of(fetcher);
    assertThat(credentials.token(clock).accessToken()).isEqualTo("token-1");
    clock.advance(Duration.ofMinutes(53)); // 7 min left: more than max(60 s, 6 min)
    assertThat(credentials.token(clock).accessToken()).isEqualTo("token-1");
    clock.advance(Duration.ofMinutes(2)); // 5 min left: inside the 10 % margin
    assertThat(credentials.token(clock).accessToken()).isEqualTo("token-2");
    assertThat(fetcher.refreshTokensUsed).containsExactly("none", "refresh-1");
  }

  @Test
  void expiryIsMeasuredFromTheLocalClockBeforeTheRequest() {
    OAuthCredentials credentials = OAuthCredentials.of(current -> {
      clock.advance(Duration.ofSeconds(30)); // a slow token endpoint
      return new TokenGrant("t", null, "Bearer", Duration.ofSeconds(600));
    });
    Instant before = clock.instant();
    OAuthToken token = credentials.token(clock);
    assertThat(token.issuedAt()).isEqualTo(before);
    assertThat(token.expiresAt()).isEqualTo(before.plusSeconds(600));
  }

  @Test
  void rotatedTokensArePersistedAndReusedByANewInstance() {
    TokenStore store = TokenStore.inMemory();
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials first = OAuthCredentials.of(fetcher, store);
    first.token(clock);
    assertThat(store.load()).get().extracting(OAuthToken::refreshToken).isEqualTo("refresh-1");

    CountingFetcher second = new CountingFetcher();
    OAuthCredentials restarted = OAuthCredentials.of(second, store);
    assertThat(restarted.token(clock).accessToken()).isEqualTo("token-1");
    assertThat(second.calls.get()).isZero();
  }

  @Test
  void aTokenRefreshedByAnotherInstanceIsPickedUpFromTheStore() throws Exception {
    TokenStore shared = TokenStore.inMemory();
    CountingFetcher fetcher = new CountingFetcher();
    OAuthCredentials instanceB = OAuthCredentials.of(fetcher, shared,
        new OAuthToken("token-old", "r", "Bearer", clock.instant(), clock.instant().plusSeconds(3600)));
    // instance A of the user's service refreshed and saved to the shared store
    shared.save(new OAuthToken("from-a", "r2", "Bearer", clock.instant(), clock.instant().plusSeconds(3600)));
    okhttp3.Request rejected = new okhttp3.Request.Builder().url("http://x/")
        .header("Authorization", "Bearer token-old").build();
    assertThat(instanceB.refreshAfterUnauthorized(rejected, clock)).isTrue();
    assertThat(instanceB.token(clock).accessToken()).isEqualTo("from-a");
    assertThat(fetcher.calls.get()).isZero();
  }

  @Test
  void anErrorThrownByTheFetcherDoesNotLeaveWaitersBlocked() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    OAuthCredentials credentials = OAuthCredentials.of(current -> {
      if (calls.incrementAndGet() == 1) {
        throw new StackOverflowError("simulated");
      }
      return new TokenGrant("t", null, "Bearer", Duration.ofHours(1));
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> credentials.token(clock))
        .isInstanceOf(StackOverflowError.class);
    CompletableFuture<OAuthToken> next = CompletableFuture.supplyAsync(() -> credentials.token(clock));
    assertThat(next.get(5, TimeUnit.SECONDS).accessToken()).isEqualTo("t");
  }

  @Test
  void tokenEndpointFailuresPropagateTyped() {
    OAuthCredentials credentials = OAuthCredentials.of(current -> {
      throw new AuthenticationException(new dev.omnichannel.core.ApiError(401, Map.of(), null, null,
          "invalid_grant", "{}", 1));
    });
    server.setDispatcher(acceptOnly(() -> "x"));
    try (HttpTransport t = transport(options(server, sleeper).credentials(credentials).clock(clock).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null))
          .isInstanceOf(AuthenticationException.class).hasMessageContaining("invalid_grant");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tokenInBodyGoesFirstInJsonBodiesAndIntoTheQueryOfGets() throws Exception {
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"Ana\"}"));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper)
        .credentials(Credentials.tokenInBody("token", "zchat\"secret")).build())) {
      t.execute(createContact("Ana"), null);
      t.execute(getContact(1), null);
      t.execute(ApiRequest.<TransportFixture.Contact>builder("PUT", "/x").jsonBody(Map.of())
          .responseType(TransportFixture.Contact.class).build(), null);
    }
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"token\":\"zchat\\\"secret\",\"name\":\"Ana\"}");
    assertThat(server.takeRequest().getUrl().queryParameter("token")).isEqualTo("zchat\"secret");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"token\":\"zchat\\\"secret\"}");
  }

  @Test
  void signersRunOnEveryAttemptWithTheClientClock() throws Exception {
    AtomicInteger signatures = new AtomicInteger();
    Credentials signed = Credentials.signed((request, c) -> request.newBuilder()
        .header("Date", c.instant().toString())
        .header("Authorization", "hmac sig-" + signatures.incrementAndGet())
        .build());
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).credentials(signed).clock(clock).build())) {
      t.execute(getContact(1), null);
    }
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("hmac sig-1");
    RecordedRequest second = server.takeRequest();
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("hmac sig-2");
    assertThat(second.getHeaders().get("Date")).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void staticHeadersAndBearer() throws Exception {
    server.enqueue(json(200, "{\"id\":1,\"name\":\"Ana\"}"));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper)
        .credentials(Credentials.headers(Map.of("QISCUS_SDK_APP_ID", "app", "Qiscus-Secret-Key", "sk"))).build())) {
      t.execute(getContact(1), null);
    }
    try (HttpTransport t = transport(options(server, sleeper).credentials(Credentials.bearer("abc")).build())) {
      t.execute(getContact(1), null);
    }
    RecordedRequest first = server.takeRequest();
    assertThat(first.getHeaders().get("QISCUS_SDK_APP_ID")).isEqualTo("app");
    assertThat(first.getHeaders().get("Qiscus-Secret-Key")).isEqualTo("sk");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer abc");
  }

  @Test
  void invalidCredentialsFailAtBuildTimeWithoutEchoingTheSecret() {
    assertThatThrownBy(() -> Credentials.header("api_access_token", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Credentials.header("api_access_token", "abc\nxyz-secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("xyz-secret");
    assertThatThrownBy(() -> Credentials.bearer(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Credentials.tokenInBody("token", "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Credentials.header("api_access_token", "topsecret").toString()).doesNotContain("topsecret");
    assertThat(Credentials.tokenInBody("token", "topsecret").toString()).doesNotContain("topsecret");
    assertThat(Credentials.bearer("topsecret").toString()).doesNotContain("topsecret");
    OAuthToken token = new OAuthToken("topsecret", "refreshsecret", "Bearer", Instant.EPOCH, null);
    assertThat(token.toString()).doesNotContain("topsecret").doesNotContain("refreshsecret");
    assertThat(new TokenGrant("topsecret", "refreshsecret", "Bearer", null).toString())
        .doesNotContain("topsecret").doesNotContain("refreshsecret");
    assertThat(OAuthCredentials.of(c -> null, TokenStore.inMemory(), token).toString()).doesNotContain("topsecret");
  }
}
