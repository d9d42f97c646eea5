package dev.omnichannel.benchmarks;

import com.squareup.moshi.Json;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.OAuthCredentials;
import dev.omnichannel.core.OAuthToken;
import dev.omnichannel.core.TokenGrant;
import dev.omnichannel.core.TokenStore;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.json.JsonSupport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A token storm: {@value #THREADS} threads, released at once, each make one API call through
 * {@link HttpTransport} with {@link OAuthCredentials} whose token has expired. Single-flight
 * refresh must turn that into exactly one request to the token endpoint, after which every call
 * succeeds with the new token.
 *
 * <p>Each invocation (one storm) gets fresh credentials with an expired token; the threads are
 * parked on a latch before the clock starts, so the measured time (SingleShotTime) is from
 * release to the last of the {@value #THREADS} calls returning: one token round trip plus
 * {@value #THREADS} API round trips on a shared connection pool, all over loopback.
 *
 * <p>Reported per storm through {@link StormCounters} (JMH {@code @AuxCounters}) and printed
 * after each storm: {@code tokenRequests} (must be 1), {@code apiRequests} (must be
 * {@value #THREADS}: no call was answered 401 and re-sent) and {@code unauthorized} (must be 0).
 * A storm that breaks one of these fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, batchSize = 1)
@Measurement(iterations = 20, batchSize = 1)
public class TokenStormBenchmark {

  /** Concurrent callers per storm. */
  public static final int THREADS = 50;

  /**
   * The token endpoint's answer; public so Moshi may bind it.
   *
   * @param accessToken the new access token
   * @param refreshToken the new refresh token
   * @param tokenType {@code Bearer}
   * @param expiresIn lifetime in seconds
   */
  public record TokenResponse(
      @Json(name = "access_token") String accessToken,
      @Json(name = "refresh_token") String refreshToken,
      @Json(name = "token_type") String tokenType,
      @Json(name = "expires_in") long expiresIn) {}

  /**
   * The API's answer; public so Moshi may bind it.
   *
   * @param id contact id
   * @param name display name
   */
  public record Contact(long id, String name) {}

  /**
   * Per-storm counts reported by JMH next to the time. JMH sums {@code EVENTS} counters over the
   * iterations (one storm each), so the summary table shows totals: single-flight holds when
   * {@code tokenRequests} equals {@code storms}; the "(min, avg, max)" line under each secondary
   * result gives the per-storm values.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class StormCounters {
    /** Storms run (1 per iteration), to read the summed counters against. */
    public long storms;
    /** Requests the token endpoint received during the storm; single-flight means 1. */
    public long tokenRequests;
    /** API requests the server received during the storm; {@value TokenStormBenchmark#THREADS} when none was re-sent. */
    public long apiRequests;
    /** API requests answered 401 during the storm; 0 when no thread used the expired token. */
    public long unauthorized;

    /** Clears the counts before each storm. */
    @Setup(Level.Iteration)
    public void clear() {
      storms = 0;
      tokenRequests = 0;
      apiRequests = 0;
      unauthorized = 0;
    }
  }

  MockWebServer server;
  HttpTransport base;
  HttpTransport tokenTransport;
  ExecutorService pool;
  final AtomicInteger tokenRequests = new AtomicInteger();
  final AtomicInteger apiRequests = new AtomicInteger();
  final AtomicInteger unauthorized = new AtomicInteger();
  volatile String validToken = "none";

  // per storm
  HttpTransport stormTransport;
  CountDownLatch go;
  List<Future<Contact>> calls;
  int tokensBefore;
  int apiBefore;
  int unauthorizedBefore;
  int storm;

  /**
   * Starts the loopback server (token endpoint plus one API endpoint), the shared transport and
   * the {@value #THREADS} caller threads.
   *
   * @throws IOException when the server cannot start
   */
  @Setup(Level.Trial)
  public void startServer() throws IOException {
    server = LoopbackServers.noDelay();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
            // keep MockWebServer's request log from growing
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/oauth/token")) {
          int n = tokenRequests.incrementAndGet();
          String token = "token-" + n;
          validToken = token;
          return json(200, "{\"access_token\":\"" + token + "\",\"refresh_token\":\"refresh-" + n
              + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }
        apiRequests.incrementAndGet();
        if (("Bearer " + validToken).equals(request.getHeaders().get("Authorization"))) {
          return json(200, "{\"id\":7,\"name\":\"Ana\"}");
        }
        unauthorized.incrementAndGet();
        return json(401, "{\"error\":\"invalid_token\"}");
      }
    });
    server.start();
    base = new HttpTransport(ClientOptions.builder()
        .baseUrl(server.url("/api/v1/").toString())
        .credentials(Credentials.none())
        .build(), "bench", JsonSupport.moshi(), ErrorDecoder.none());
    tokenTransport = base.withCredentials(Credentials.none());
    pool = Executors.newFixedThreadPool(THREADS);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** Calls the token endpoint through the SDK (no auth layer), as a provider module does. */
  private TokenGrant fetchToken(OAuthToken current) {
    TokenResponse r = tokenTransport.execute(ApiRequest.<TokenResponse>builder("POST", "/oauth/token")
        .jsonBody(Map.of("grant_type", "refresh_token",
            "refresh_token", current == null ? "" : String.valueOf(current.refreshToken())))
        .responseType(TokenResponse.class)
        .build(), null);
    return new TokenGrant(r.accessToken(), r.refreshToken(), r.tokenType(), Duration.ofSeconds(r.expiresIn()));
  }

  /**
   * Prepares one storm outside the measured time: fresh credentials holding an expired token,
   * and {@value #THREADS} callers parked on the start latch.
   *
   * @throws InterruptedException if interrupted while the callers get ready
   */
  @Setup(Level.Invocation)
  public void prepareStorm() throws InterruptedException {
    Instant now = Instant.now();
    OAuthToken expired = new OAuthToken("expired-" + storm, "refresh-0", "Bearer",
        now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
    OAuthCredentials credentials = OAuthCredentials.of(this::fetchToken, TokenStore.inMemory(), expired);
    stormTransport = base.withCredentials(credentials);
    validToken = "none";
    tokensBefore = tokenRequests.get();
    apiBefore = apiRequests.get();
    unauthorizedBefore = unauthorized.get();
    go = new CountDownLatch(1);
    CountDownLatch ready = new CountDownLatch(THREADS);
    calls = new ArrayList<>(THREADS);
    HttpTransport t = stormTransport;
    CountDownLatch start = go;
    for (int i = 0; i < THREADS; i++) {
      calls.add(pool.submit(() -> {
        ready.countDown();
        start.await();
        return t.execute(ApiRequest.<Contact>builder("GET", "/contacts/{}", 7)
            .responseType(Contact.class).build(), null);
      }));
    }
    if (!ready.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("callers did not get ready");
    }
  }

  /**
   * One storm: releases the {@value #THREADS} callers and waits for all of them.
   *
   * @param counters where the per-storm counts are reported
   * @return the number of successful calls
   * @throws Exception when a call failed or the single-flight guarantee was broken
   */
  @Benchmark
  public int storm(StormCounters counters) throws Exception {
    go.countDown();
    int ok = 0;
    for (Future<Contact> f : calls) {
      try {
        if (f.get(30, TimeUnit.SECONDS).id() == 7) {
          ok++;
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("a call in storm " + storm + " failed", e.getCause());
      } catch (TimeoutException e) {
        for (Future<Contact> other : calls) {
          if (other.isDone()) {
            try {
              other.get();
            } catch (ExecutionException failed) {
              throw new IllegalStateException("storm " + storm + " hung; one caller failed first",
                  failed.getCause());
            }
          }
        }
        throw new IllegalStateException("storm " + storm + " hung", e);
      }
    }
    counters.storms = 1;
    counters.tokenRequests = tokenRequests.get() - tokensBefore;
    counters.apiRequests = apiRequests.get() - apiBefore;
    counters.unauthorized = unauthorized.get() - unauthorizedBefore;
    return ok;
  }

  /** Prints the storm's counts and fails the run if single-flight did not hold. */
  @TearDown(Level.Invocation)
  public void checkStorm() {
    int tokens = tokenRequests.get() - tokensBefore;
    int api = apiRequests.get() - apiBefore;
    int denied = unauthorized.get() - unauthorizedBefore;
    System.out.printf("  (storm %d: %d token request(s), %d API requests, %d answered 401)%n",
        storm, tokens, api, denied);
    storm++;
    if (tokens != 1 || api != THREADS || denied != 0) {
      throw new IllegalStateException("single-flight broken in storm " + storm + ": " + tokens
          + " token requests, " + api + " API requests, " + denied + " answered 401");
    }
  }

  /** Stops the callers, the transport and the server. */
  @TearDown(Level.Trial)
  public void stopServer() {
    pool.shutdownNow();
    base.close();
    server.close();
  }
}
