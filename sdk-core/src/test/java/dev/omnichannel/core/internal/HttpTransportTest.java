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
import dev.omnichannel.core.ApiTimeoutException;
import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.BadRequestException;
import dev.omnichannel.core.ConflictException;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.PermissionDeniedException;
import dev.omnichannel.core.ProviderError;
import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.ServerException;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.core.internal.TransportFixture.Contact;
import dev.omnichannel.core.testing.FailFirstConnectSocketFactory;
import dev.omnichannel.core.testing.FakeSleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpTransportTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeSleeper sleeper = new FakeSleeper();

  @Test
  void getSendsPathQueryHeadersAndDecodes() throws Exception {
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\",\"extra\":true}"));
    try (HttpTransport t = transport(options(server, sleeper).appInfo("shop", "1.2").build())) {
      ApiRequest<Contact> req = ApiRequest.<Contact>builder("GET", "/contacts/{}/x", "a/b c")
          .query("page", 2).query("skipped", null).queryAll("labels[]", java.util.List.of("vip", "new"))
          .responseType(Contact.class).build();
      Contact c = t.execute(req, RequestOptions.builder().header("X-Extra", "1").queryParameter("q", "z").build());
      assertThat(c).isEqualTo(new Contact(7, "Ana"));
    }
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/base/contacts/a%2Fb%20c/x?page=2&labels%5B%5D=vip&labels%5B%5D=new&q=z");
    assertThat(r.getHeaders().get("api_access_token")).isEqualTo("secret-token-123");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("X-Extra")).isEqualTo("1");
    assertThat(r.getHeaders().get("User-Agent"))
        .matches("omnichannel-java/[^ ]+ \\(test; Java/[^;]+; [^/]+/[^)]+\\) shop/1\\.2");
  }

  @Test
  void postSendsExactJsonBody() throws Exception {
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThat(t.execute(createContact("Ana"), null)).isEqualTo(new Contact(1, "Ana"));
    }
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getBody().utf8()).isEqualTo("{\"name\":\"Ana\"}");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void asyncUsesTheSameRequestDescription() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      CompletableFuture<Contact> f = t.executeAsync(getContact(7), null);
      assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo(new Contact(7, "Ana"));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/base/contacts/7");
  }

  @Test
  void asyncFailuresCarryTheTypedException() {
    server.enqueue(json(404, "{\"error\":\"Resource could not be found\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      CompletableFuture<Contact> f = t.executeAsync(getContact(7), null);
      assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(NotFoundException.class)
          .hasMessage("HTTP 404 [E404]: Resource could not be found");
    }
  }

  @Test
  void postWhoseConnectionDropsAfterSendingIsNotResent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThatThrownBy(() -> t.execute(createContact("Ana"), null))
          .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
            assertThat(e.requestMaybeSent()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
          })
          .hasMessageContaining("not re-sent");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void asyncPostWhoseConnectionDropsIsNotResentEither() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThatThrownBy(() -> t.executeAsync(createContact("Ana"), null).get(5, TimeUnit.SECONDS))
          .cause().isInstanceOf(ApiConnectionException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getWhoseConnectionDropsIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThat(t.execute(getContact(7), null).name()).isEqualTo("Ana");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void postThatFailedToConnectIsRetried() throws Exception {
    FailFirstConnectSocketFactory sockets = new FailFirstConnectSocketFactory(1);
    OkHttpClient callers = new OkHttpClient.Builder().socketFactory(sockets).build();
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).okHttpClient(callers).build())) {
      assertThat(t.execute(createContact("Ana"), null).id()).isEqualTo(1);
    }
    assertThat(sockets.refused()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"name\":\"Ana\"}");
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void connectFailuresExhaustRetriesWithTypedException() {
    FailFirstConnectSocketFactory sockets = new FailFirstConnectSocketFactory(10);
    OkHttpClient callers = new OkHttpClient.Builder().socketFactory(sockets).build();
    try (HttpTransport t = transport(options(server, sleeper).okHttpClient(callers).build())) {
      assertThatThrownBy(() -> t.execute(createContact("Ana"), null))
          .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.requestMaybeSent()).isFalse();
          })
          .hasMessageContaining("failed after 3 attempts");
    }
    assertThat(sockets.refused()).isEqualTo(3);
  }

  @Test
  void getUnder503sSucceedsOnTheThirdTryWithJitteredBackoff() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThat(t.execute(getContact(7), null).name()).isEqualTo("Ana");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @Test
  void retriesAreBoundedByMaxRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(502, "{}"));
    }
    try (HttpTransport t = transport(options(server, sleeper).maxRetries(1).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null))
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(2));
      assertThatThrownBy(() -> t.execute(getContact(7), RequestOptions.builder().maxRetries(0).build()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void rateLimitedWithRetryAfterSecondsWaitsThatLong() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("Retry later").build());
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThat(t.execute(createContact("Ana"), null).id()).isEqualTo(1); // POST: 429 means not processed
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterAsHttpDateAndRateLimitResetAreHonoured() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US)
        .format(now.plusSeconds(5).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", date).build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("x-ratelimit-reset", "3").build());
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\"}"));
    var clock = java.time.Clock.fixed(now, ZoneOffset.UTC);
    try (HttpTransport t = transport(options(server, sleeper).clock(clock).build())) {
      t.execute(getContact(7), null);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(3));
  }

  @Test
  void retryAfterBeyondTheCapThrowsRateLimitExceptionAtOnce() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").body("slow down").build());
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofHours(1));
            assertThat(e.rawBody()).isEqualTo("slow down");
            assertThat(e.getMessage()).doesNotContain("slow down");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void rateLimitWithoutRetryAfterUsesBackoffThenThrows() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).body("Retry later").build());
    }
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).isEmpty());
    }
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void postIsNotRetriedOn5xxUnlessTheCallerOptsIn() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThatThrownBy(() -> t.execute(createContact("Ana"), null)).isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
      Contact c = t.execute(createContact("Ana"), RequestOptions.builder().retryNonIdempotent(true).build());
      assertThat(c.id()).isEqualTo(1);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({
      "400, dev.omnichannel.core.BadRequestException",
      "401, dev.omnichannel.core.AuthenticationException",
      "403, dev.omnichannel.core.PermissionDeniedException",
      "404, dev.omnichannel.core.NotFoundException",
      "409, dev.omnichannel.core.ConflictException",
      "422, dev.omnichannel.core.UnprocessableEntityException",
      "429, dev.omnichannel.core.RateLimitException",
      "500, dev.omnichannel.core.ServerException",
      "501, dev.omnichannel.core.ServerException",
      "402, dev.omnichannel.core.ApiException",
      "418, dev.omnichannel.core.ApiException"})
  void eachStatusMapsToItsException(int status, String className) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(status).addHeader("X-Request-Id", "req-1")
          .body("{\"error\":\"nope\",\"secret\":\"body-secret\"}").build());
    }
    try (HttpTransport t = transport(options(server, sleeper).maxRetries(0).build())) {
      assertThatThrownBy(() -> t.execute(createContact("Ana"), null))
          .isExactlyInstanceOf(Class.forName(className))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.requestId()).isEqualTo("req-1");
            assertThat(e.providerErrorMessage()).isEqualTo("nope");
            assertThat(e.providerErrorCode()).isEqualTo("E" + status);
            assertThat(e.rawBody()).contains("body-secret");
            assertThat(e.headers()).containsKey("x-request-id");
            assertThat(e.getMessage()).isEqualTo("HTTP " + status + " [E" + status + "]: nope (request-id req-1)")
                .doesNotContain("body-secret").doesNotContain("secret-token-123");
          });
    }
  }

  @Test
  void exceptionClassesFormAHierarchy() {
    assertThat(ApiException.class).isAssignableFrom(BadRequestException.class);
    assertThat(ApiException.class).isAssignableFrom(PermissionDeniedException.class);
    assertThat(ApiException.class).isAssignableFrom(ConflictException.class);
    assertThat(ApiException.class).isAssignableFrom(UnprocessableEntityException.class);
    assertThat(ApiConnectionException.class).isAssignableFrom(ApiTimeoutException.class);
    assertThat(dev.omnichannel.core.OmnichannelException.class).isAssignableFrom(ApiException.class);
    assertThat(dev.omnichannel.core.OmnichannelException.class).isAssignableFrom(InvalidResponseException.class);
  }

  @Test
  void errorsSentWithHttp200AreDetected() {
    ErrorDecoder decoder = new ErrorDecoder() {
      @Override
      public ProviderError decode(int statusCode, String body) {
        return ProviderError.NONE;
      }

      @Override
      public Optional<ProviderError> errorInSuccess(int statusCode, String body) {
        return body.contains("\"status\":\"error\"")
            ? Optional.of(new ProviderError("not_found", "room not found", 404)) : Optional.empty();
      }
    };
    server.enqueue(json(200, "{\"status\":\"error\",\"message\":\"room not found\"}"));
    try (HttpTransport t = new HttpTransport(options(server, sleeper).build(), "test",
        new com.squareup.moshi.Moshi.Builder().build(), decoder)) {
      assertThatThrownBy(() -> t.execute(getContact(1), null))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.providerErrorCode()).isEqualTo("not_found");
            assertThat(e.rawBody()).contains("room not found");
          });
    }
  }

  @Test
  void anErrorThatMeansRateLimitedIsRetriedEvenForPost() {
    ErrorDecoder pleaseWait = (status, body) -> body.contains("Please wait")
        ? new ProviderError("422", "Please wait a moment to send a new broadcast message.", 429)
        : ProviderError.NONE;
    server.enqueue(json(422, "{\"message\":\"Please wait a moment to send a new broadcast message.\"}"));
    server.enqueue(json(201, "{\"id\":1,\"name\":\"Ana\"}"));
    server.enqueue(json(422, "{\"message\":\"Please wait a moment to send a new broadcast message.\"}"));
    server.enqueue(json(422, "{\"message\":\"name is missing\"}"));
    try (HttpTransport t = new HttpTransport(options(server, sleeper).maxRetries(0).build(), "test",
        new com.squareup.moshi.Moshi.Builder().build(), pleaseWait)) {
      assertThat(t.execute(createContact("Ana"), RequestOptions.builder().maxRetries(1).build()).id()).isEqualTo(1);
      assertThatThrownBy(() -> t.execute(createContact("Ana"), null))
          .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.statusCode()).isEqualTo(422));
      assertThatThrownBy(() -> t.execute(createContact("Ana"), null))
          .isExactlyInstanceOf(UnprocessableEntityException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void undecodableSuccessBodiesBecomeInvalidResponseException() {
    server.enqueue(json(200, "{\"id\":\"not-a-number\",\"name\":\"Ana\"}"));
    server.enqueue(json(200, "<html>oops</html>"));
    server.enqueue(json(200, ""));
    server.enqueue(json(200, "{\"id\":1,\"name\":\"A\"} trailing"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> t.execute(getContact(7), null))
            .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.getMessage()).startsWith("could not decode the response to GET /contacts/{}");
            });
      }
    }
  }

  /** A record whose constructor rejects a value, as provider models may. */
  public record Strict(String name) {
    /**
     * Rejects a blank name.
     *
     * @param name the name
     */
    public Strict {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
    }
  }

  @Test
  void recordConstructorFailuresBecomeInvalidResponseException() {
    server.enqueue(json(200, "{\"name\":\"\"}"));
    server.enqueue(json(200, "{\"name\":\"\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      ApiRequest<Strict> req = ApiRequest.<Strict>builder("GET", "/strict").responseType(Strict.class).build();
      assertThatThrownBy(() -> t.execute(req, null)).isInstanceOf(InvalidResponseException.class);
      assertThatThrownBy(() -> t.executeAsync(req, null).get(5, TimeUnit.SECONDS))
          .cause().isInstanceOf(InvalidResponseException.class);
    }
  }

  @Test
  void envelopesAreUnwrappedByPath() {
    server.enqueue(json(200, "{\"meta\":{\"count\":1},\"payload\":{\"contact\":{\"id\":7,\"name\":\"Ana\"}}}"));
    server.enqueue(json(200, "{\"payload\":{}}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      ApiRequest<Contact> req = ApiRequest.<Contact>builder("GET", "/c")
          .decoder(ResponseDecoder.jsonAt(Contact.class, "payload", "contact")).build();
      assertThat(t.execute(req, null)).isEqualTo(new Contact(7, "Ana"));
      assertThatThrownBy(() -> t.execute(req, null))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("missing \"contact\"");
    }
  }

  @Test
  void optionalEnvelopesAreUnwrappedWhenPresent() {
    server.enqueue(json(200, "{\"payload\":{\"id\":7,\"name\":\"Ana\"}}"));
    server.enqueue(json(200, "{\"id\":8,\"name\":\"Budi\"}"));
    server.enqueue(json(200, "{\"payload\":[1]}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      ApiRequest<Contact> req = ApiRequest.<Contact>builder("GET", "/c")
          .decoder(ResponseDecoder.jsonAtOrRoot(Contact.class, "payload")).build();
      assertThat(t.execute(req, null)).isEqualTo(new Contact(7, "Ana"));
      assertThat(t.execute(req, null)).isEqualTo(new Contact(8, "Budi"));
      assertThatThrownBy(() -> t.execute(req, null))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("expected an object under payload");
    }
  }

  @Test
  void readTimeoutBecomesApiTimeoutException() {
    server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    try (HttpTransport t = transport(options(server, sleeper).readTimeout(Duration.ofMillis(100)).maxRetries(0).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null)).isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void staticCredentialsDoNotRetryA401() {
    server.enqueue(json(401, "{\"error\":\"Invalid Access Token\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      assertThatThrownBy(() -> t.execute(getContact(7), null))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Invalid Access Token");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void callerClientIsNeverShutDownAndCloseIsIdempotent() throws Exception {
    OkHttpClient callers = new OkHttpClient();
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\"}"));
    HttpTransport t = transport(options(server, sleeper).okHttpClient(callers).build());
    assertThat(t.okHttpClient().connectionPool()).isSameAs(callers.connectionPool());
    assertThat(t.okHttpClient().retryOnConnectionFailure()).isFalse();
    t.execute(getContact(7), null);
    t.close();
    t.close();
    assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();

    HttpTransport own = transport(options(server, sleeper).build());
    own.okHttpClient().dispatcher().executorService(); // created lazily
    own.close();
    own.close();
    assertThat(own.okHttpClient().dispatcher().executorService().isShutdown()).isTrue();
    assertThatThrownBy(() -> own.execute(getContact(7), null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void derivedTransportsSharePoolAndOverrideOptions() throws Exception {
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Ana\"}"));
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      HttpTransport derived = t.withOptions(t.options().toBuilder().readTimeout(Duration.ofSeconds(5)).build());
      assertThat(derived.okHttpClient().connectionPool()).isSameAs(t.okHttpClient().connectionPool());
      assertThat(derived.okHttpClient().readTimeoutMillis()).isEqualTo(5000);
      derived.execute(getContact(7), null);
      derived.close();
      assertThat(t.okHttpClient().dispatcher().executorService().isShutdown()).isFalse();
    }
    assertThat(server.takeRequest().getHeaders().get("api_access_token")).isEqualTo("secret-token-123");
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
    try (HttpTransport t = transport(options(server, sleeper).build())) {
      CompletableFuture<Contact> f = t.executeAsync(getContact(7), null);
      server.takeRequest(5, TimeUnit.SECONDS);
      f.cancel(true);
      assertThat(f).isCancelled();
    }
  }
}
