package dev.omnichannel.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiError;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.ApiTimeoutException;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.OmnichannelException;
import dev.omnichannel.core.ProviderError;
import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;

/**
 * Executes {@link ApiRequest}s on one OkHttpClient: authentication per attempt, retries with
 * backoff and {@code Retry-After} (see {@link RetryPolicy}), one re-send after a 401 the
 * credentials could repair, error decoding, response decoding and redacted logging. Synchronous
 * and asynchronous execution share every decision; async runs on OkHttp's {@code enqueue}.
 * Thread-safe. Not public API.
 */
public final class HttpTransport implements AutoCloseable {

  /** JSON media type for request bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_ERROR_BODY_CHARS = 64 * 1024;

  private final ClientOptions options;
  private final String module;
  private final Moshi moshi;
  private final ErrorDecoder errorDecoder;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final RetryPolicy retryPolicy;
  private final HttpLog log;
  private final String userAgent;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates a transport. When the options carry a caller OkHttpClient, ours is derived from it
   * with {@code newBuilder()} (sharing its pool and dispatcher) and never shut down by us.
   *
   * @param options client options
   * @param module provider module name for the User-Agent, e.g. {@code chatwoot}
   * @param moshi the client's Moshi
   * @param errorDecoder the provider's error envelope reader
   */
  public HttpTransport(ClientOptions options, String module, Moshi moshi, ErrorDecoder errorDecoder) {
    this(options, module, moshi, errorDecoder,
        options.okHttpClient() != null ? options.okHttpClient() : null,
        options.okHttpClient() == null, new RetryPolicy(() -> ThreadLocalRandom.current().nextDouble()));
  }

  private HttpTransport(ClientOptions options, String module, Moshi moshi, ErrorDecoder errorDecoder,
      OkHttpClient base, boolean ownsClient, RetryPolicy retryPolicy) {
    this.options = Objects.requireNonNull(options, "options");
    this.module = Objects.requireNonNull(module, "module");
    this.moshi = Objects.requireNonNull(moshi, "moshi");
    this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
    OkHttpClient.Builder builder = base != null ? base.newBuilder() : new OkHttpClient.Builder();
    this.client = builder
        .retryOnConnectionFailure(false) // retries live in one place: here
        // never follow redirects: OkHttp strips only Authorization on a cross-host redirect, so
        // static secret headers (api_access_token, X-API-TOKEN, ...) would reach the other host
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        .build();
    this.ownsClient = ownsClient;
    this.retryPolicy = retryPolicy;
    this.log = new HttpLog(options.logBodies());
    this.userAgent = UserAgent.of(module, options.appName(), options.appVersion());
  }

  /**
   * A transport with other options sharing this one's connection pool and dispatcher. Closing
   * the derived transport does not close the shared resources.
   *
   * @param newOptions the options for the derived transport
   * @return the derived transport
   */
  public HttpTransport withOptions(ClientOptions newOptions) {
    return new HttpTransport(newOptions, module, moshi, errorDecoder, client, false, retryPolicy);
  }

  /**
   * A transport identical to this one but with other credentials (e.g. none, for token
   * endpoints), sharing the connection pool.
   *
   * @param credentials the credentials
   * @return the derived transport
   */
  public HttpTransport withCredentials(Credentials credentials) {
    return withOptions(options.toBuilder().credentials(credentials).build());
  }

  /** @return the options this transport runs with */
  public ClientOptions options() {
    return options;
  }

  /** @return the client's Moshi */
  public Moshi moshi() {
    return moshi;
  }

  /** @return the underlying OkHttpClient (for tests and benchmarks) */
  public OkHttpClient okHttpClient() {
    return client;
  }

  /**
   * Executes a request, blocking until it succeeds or fails for good.
   *
   * @param request the request description
   * @param requestOptions per-call overrides
   * @param <T> the result type
   * @return the decoded result
   * @throws ApiException for error responses (typed by status)
   * @throws ApiConnectionException for I/O failures after retries
   * @throws InvalidResponseException when a 2xx body cannot be decoded
   */
  public <T> T execute(ApiRequest<T> request, RequestOptions requestOptions) {
    Exchange<T> ex = new Exchange<>(request, requestOptions);
    while (true) {
      Request httpRequest;
      try {
        httpRequest = options.credentials().authenticate(ex.base, options.clock());
      } catch (IOException e) {
        throw new ApiConnectionException("authentication failed for " + request + ": " + describe(e), e, ex.attempts, false);
      }
      Decision<T> decision;
      ex.attempts++;
      long started = System.nanoTime();
      try (Response response = ex.client.newCall(httpRequest).execute()) {
        decision = decideOnResponse(ex, httpRequest, response, started);
      } catch (IOException e) {
        decision = decideOnFailure(ex, httpRequest, e, started);
      }
      if (decision instanceof Decision.Success<T> s) {
        return s.value();
      } else if (decision instanceof Decision.Fail<T> f) {
        throw f.exception();
      } else if (decision instanceof Decision.Retry<T> r) {
        try {
          options.sleeper().sleep(r.delay());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ApiConnectionException("interrupted while waiting to retry " + request, e, ex.attempts, true);
        }
      } else if (decision instanceof Decision.Reauthenticate<T> ra) {
        boolean resend;
        try {
          resend = options.credentials().refreshAfterUnauthorized(ra.rejected(), options.clock());
        } catch (IOException e) {
          throw new ApiConnectionException("token refresh failed: " + describe(e), e, ex.attempts, false);
        }
        if (!resend) {
          throw ra.unauthorized();
        }
      }
    }
  }

  /**
   * Executes a request asynchronously on OkHttp's dispatcher; the same retry, auth and decoding
   * rules as {@link #execute}. Cancelling the future cancels the in-flight call; a future
   * cancelled while credentials are being obtained sends nothing.
   *
   * @param request the request description
   * @param requestOptions per-call overrides
   * @param <T> the result type
   * @return a future completed with the result or one of the exceptions {@link #execute} throws
   */
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request, RequestOptions requestOptions) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Exchange<T> ex;
    try {
      ex = new Exchange<>(request, requestOptions);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    result.whenComplete((v, err) -> {
      Call call = ex.currentCall;
      if (call != null) {
        call.cancel(); // a no-op once the call finished; stops it when the future was cancelled
      }
    });
    attemptAsync(ex, result);
    return result;
  }

  private <T> void attemptAsync(Exchange<T> ex, CompletableFuture<T> result) {
    if (result.isDone()) {
      return;
    }
    try {
      if (closed.get()) {
        result.completeExceptionally(new IllegalStateException("client is closed"));
        return;
      }
      Executor blocking = ex.client.dispatcher().executorService();
      options.credentials().authenticateAsync(ex.base, options.clock(), blocking).whenComplete((httpRequest, err) -> {
        try {
          sendAsync(ex, result, httpRequest, err);
        } catch (Throwable t) {
          failAsync(ex, result, t);
        }
      });
    } catch (Throwable t) {
      failAsync(ex, result, t);
    }
  }

  private <T> void sendAsync(Exchange<T> ex, CompletableFuture<T> result, Request httpRequest, Throwable err) {
    if (err != null) {
      Throwable cause = unwrap(err);
      if (cause instanceof IOException io) {
        result.completeExceptionally(new ApiConnectionException(
            "authentication failed for " + ex.request + ": " + describe(io), io, ex.attempts, false));
      } else {
        failAsync(ex, result, cause);
      }
      return;
    }
    if (result.isDone()) {
      return; // cancelled (or failed) while authenticating: send nothing
    }
    ex.attempts++;
    long started = System.nanoTime();
    Call call = ex.client.newCall(httpRequest);
    ex.currentCall = call;
    if (result.isDone()) { // completed between the check and publishing the call
      call.cancel();
      return;
    }
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        try {
          handleAsync(ex, result, decideOnFailure(ex, httpRequest, e, started));
        } catch (Throwable t) {
          failAsync(ex, result, t);
        }
      }

      @Override
      public void onResponse(Call c, Response response) {
        try {
          Decision<T> decision;
          try (response) {
            decision = decideOnResponse(ex, httpRequest, response, started);
          } catch (IOException e) {
            decision = decideOnFailure(ex, httpRequest, e, started);
          } catch (RuntimeException e) {
            decision = new Decision.Fail<>(e);
          } catch (Error e) { // e.g. Moshi's AssertionError for an inaccessible type: never leave the future hanging
            decision = new Decision.Fail<>(new OmnichannelException(
                "unexpected failure handling the response to " + ex.request, e));
          }
          handleAsync(ex, result, decision);
        } catch (Throwable t) {
          failAsync(ex, result, t);
        }
      }
    });
  }

  /**
   * Completes the future with whatever escaped an async continuation, so that no failure (a
   * rejected execution after {@link #close()}, a bug) can leave it pending forever.
   */
  private <T> void failAsync(Exchange<T> ex, CompletableFuture<T> result, Throwable t) {
    Throwable cause = unwrap(t);
    if (cause instanceof RejectedExecutionException) {
      result.completeExceptionally(closed.get()
          ? new IllegalStateException("client is closed", cause)
          : new ApiConnectionException(ex.request + " could not be scheduled: the executor rejected it",
              cause, ex.attempts, false));
    } else {
      result.completeExceptionally(cause);
    }
  }

  private <T> void handleAsync(Exchange<T> ex, CompletableFuture<T> result, Decision<T> decision) {
    if (decision instanceof Decision.Success<T> s) {
      result.complete(s.value());
    } else if (decision instanceof Decision.Fail<T> f) {
      result.completeExceptionally(f.exception());
    } else if (decision instanceof Decision.Retry<T> r) {
      CompletableFuture.runAsync(() -> attemptAsync(ex, result), options.sleeper().after(r.delay()))
          .exceptionally(e -> {
            failAsync(ex, result, e);
            return null;
          });
    } else if (decision instanceof Decision.Reauthenticate<T> ra) {
      Executor blocking = ex.client.dispatcher().executorService();
      CompletableFuture.supplyAsync(() -> {
        try {
          return options.credentials().refreshAfterUnauthorized(ra.rejected(), options.clock());
        } catch (IOException e) {
          throw new ApiConnectionException("token refresh failed: " + describe(e), e, ex.attempts, false);
        }
      }, blocking).whenComplete((resend, err) -> {
        try {
          if (err != null) {
            failAsync(ex, result, err);
          } else if (!resend) {
            result.completeExceptionally(ra.unauthorized());
          } else {
            attemptAsync(ex, result);
          }
        } catch (Throwable t) {
          failAsync(ex, result, t);
        }
      });
    }
  }

  private <T> Decision<T> decideOnResponse(Exchange<T> ex, Request sent, Response response, long started) throws IOException {
    ByteString body = response.body().byteString();
    int status = response.code();
    String requestId = requestId(response);
    log.attempt(sent, loggedUrl(ex.request, sent), status, elapsedMs(started), ex.attempts, requestId);
    log.exchange(sent, response, body);
    if (status >= 200 && status < 300) {
      String text = null;
      var inSuccess = errorDecoder.errorInSuccess(status, text = body.utf8());
      if (inSuccess.isPresent()) {
        ProviderError pe = inSuccess.get();
        int meaning = pe.effectiveStatus() != 0 ? pe.effectiveStatus() : status;
        ApiError error = apiError(status, response, requestId, pe, text, ex.attempts);
        return new Decision.Fail<>(meaning == status ? new ApiException(error) : ApiException.of(meaning, error));
      }
      try {
        return new Decision.Success<>(ex.request.decoder().decode(
            new HttpResponse(status, response.headers(), body, moshi)));
      } catch (IOException | JsonDataException | IllegalArgumentException | IllegalStateException
          | NullPointerException | ClassCastException | ArithmeticException | AssertionError e) {
        // Moshi reports an exception thrown by a record's constructor as an AssertionError
        String what = e instanceof JsonEncodingException ? "malformed JSON" : e.getClass().getSimpleName();
        return new Decision.Fail<>(new InvalidResponseException(
            "could not decode the response to " + ex.request + " (HTTP " + status + "): " + what
                + (e.getMessage() == null ? "" : ": " + safeMessage(e.getMessage())),
            e, status, text));
      }
    }
    ProviderError pe = decodeError(status, body);
    if (status >= 300 && status < 400 && (pe.message() == null || pe.message().isBlank())) {
      pe = new ProviderError(pe.code(), redirectMessage(sent, response), pe.effectiveStatus());
    }
    int meaning = pe.effectiveStatus() != 0 ? pe.effectiveStatus() : status;
    if (meaning == 401 && !ex.reauthenticated) {
      ex.reauthenticated = true;
      return new Decision.Reauthenticate<>(sent, errorFor(ex, response, body, requestId, pe, meaning, null));
    }
    Duration serverDelay = RetryPolicy.serverRequestedDelay(response.headers(), options.clock());
    boolean retryable = retryPolicy.isRetryableStatus(meaning, ex.idempotent);
    if (retryable && ex.retries < ex.maxRetries) {
      if (serverDelay != null && serverDelay.compareTo(options.maxRetryAfter()) > 0) {
        return new Decision.Fail<>(errorFor(ex, response, body, requestId, pe, meaning, serverDelay));
      }
      ex.retries++;
      return new Decision.Retry<>(serverDelay != null ? serverDelay : retryPolicy.backoff(ex.retries));
    }
    return new Decision.Fail<>(errorFor(ex, response, body, requestId, pe, meaning, serverDelay));
  }

  /** Names the redirect target's host (never its path, query or any header value). */
  private static String redirectMessage(Request sent, Response response) {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : sent.url().resolve(location);
    return "redirect" + (target == null ? "" : " to host " + target.host())
        + " not followed (redirects are never followed, so credentials cannot leak to another host)";
  }

  private <T> Decision<T> decideOnFailure(Exchange<T> ex, Request sent, IOException e, long started) {
    log.failure(sent, loggedUrl(ex.request, sent), e, elapsedMs(started), ex.attempts);
    if (ex.base.body() != null && ex.base.body().isOneShot()) {
      return new Decision.Fail<>(connectionException(ex, e));
    }
    if (retryPolicy.isRetryableFailure(e, ex.idempotent) && ex.retries < ex.maxRetries
        && !"Canceled".equals(e.getMessage())) {
      ex.retries++;
      return new Decision.Retry<>(retryPolicy.backoff(ex.retries));
    }
    return new Decision.Fail<>(connectionException(ex, e));
  }

  /** The URL as logs show it: secrets in the query masked, the path templated when asked. */
  private String loggedUrl(ApiRequest<?> request, Request sent) {
    String url = Redactor.url(sent.url());
    if (!request.redactPath()) {
      return url;
    }
    String withoutQuery = sent.url().newBuilder().encodedPath("/").query(null).build().toString();
    String base = options.baseUrl().encodedPath();
    String prefix = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    int q = url.indexOf('?');
    return withoutQuery.substring(0, withoutQuery.length() - 1) + prefix + request.pathTemplate()
        + (q >= 0 ? url.substring(q) : "");
  }

  private ApiConnectionException connectionException(Exchange<?> ex, IOException e) {
    boolean maybeSent = RetryPolicy.mayHaveReachedServer(e);
    String message = ex.request + " failed after " + ex.attempts + (ex.attempts == 1 ? " attempt: " : " attempts: ")
        + describe(e) + (maybeSent && !ex.idempotent ? " (the request may have reached the server; not re-sent)" : "");
    return RetryPolicy.isTimeout(e)
        ? new ApiTimeoutException(message, e, ex.attempts, maybeSent)
        : new ApiConnectionException(message, e, ex.attempts, maybeSent);
  }

  private ProviderError decodeError(int status, ByteString body) {
    try {
      ProviderError pe = errorDecoder.decode(status, body.utf8());
      return pe == null ? ProviderError.NONE : pe;
    } catch (RuntimeException e) {
      return ProviderError.NONE; // a decoder bug must not hide the HTTP error
    }
  }

  private ApiException errorFor(Exchange<?> ex, Response response, ByteString body, String requestId,
      ProviderError pe, int meaning, Duration retryAfter) {
    ApiError error = apiError(response.code(), response, requestId, pe, body.utf8(), ex.attempts);
    return meaning == 429 ? new RateLimitException(error, retryAfter) : ApiException.of(meaning, error);
  }

  private static ApiError apiError(int status, Response response, String requestId, ProviderError pe, String text, int attempts) {
    String raw = text.length() > MAX_ERROR_BODY_CHARS ? text.substring(0, MAX_ERROR_BODY_CHARS) : text;
    return new ApiError(status, lowerCaseHeaders(response), requestId, pe.code(), pe.message(), raw, attempts);
  }

  private static Map<String, java.util.List<String>> lowerCaseHeaders(Response response) {
    Map<String, java.util.List<String>> map = new java.util.TreeMap<>();
    for (String name : response.headers().names()) {
      map.put(name.toLowerCase(java.util.Locale.ROOT), response.headers().values(name));
    }
    return map;
  }

  private static String requestId(Response response) {
    for (String name : new String[] {"x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid"}) {
      String v = response.header(name);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + safeMessage(e.getMessage()));
  }

  private static String safeMessage(String message) {
    String oneLine = message.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }

  private static long elapsedMs(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Shuts down the connection pool and dispatcher when this transport created them. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** Per-call state shared by the sync and async paths. */
  private final class Exchange<T> {
    final ApiRequest<T> request;
    final Request base;
    final OkHttpClient client;
    final int maxRetries;
    final boolean idempotent;
    int attempts;
    int retries;
    boolean reauthenticated;
    volatile Call currentCall;

    Exchange(ApiRequest<T> request, RequestOptions ro) {
      if (closed.get()) {
        throw new IllegalStateException("client is closed");
      }
      RequestOptions o = ro == null ? RequestOptions.NONE : ro;
      this.request = request;
      this.base = toOkHttp(request, o);
      this.client = clientFor(o);
      this.maxRetries = o.maxRetries() != null ? o.maxRetries() : options.maxRetries();
      this.idempotent = request.idempotent() || o.retryNonIdempotent();
    }
  }

  private OkHttpClient clientFor(RequestOptions o) {
    if (o.connectTimeout() == null && o.readTimeout() == null && o.writeTimeout() == null && o.callTimeout() == null) {
      return client;
    }
    OkHttpClient.Builder b = client.newBuilder();
    if (o.connectTimeout() != null) {
      b.connectTimeout(o.connectTimeout());
    }
    if (o.readTimeout() != null) {
      b.readTimeout(o.readTimeout());
    }
    if (o.writeTimeout() != null) {
      b.writeTimeout(o.writeTimeout());
    }
    if (o.callTimeout() != null) {
      b.callTimeout(o.callTimeout());
    }
    return b.build();
  }

  private Request toOkHttp(ApiRequest<?> request, RequestOptions o) {
    HttpUrl.Builder url = options.baseUrl().newBuilder();
    // drop a trailing empty segment of the base URL ("https://host/prefix/")
    HttpUrl baseUrl = options.baseUrl();
    if (!baseUrl.pathSegments().isEmpty() && baseUrl.pathSegments().get(baseUrl.pathSegments().size() - 1).isEmpty()) {
      url.removePathSegment(baseUrl.pathSegments().size() - 1);
    }
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (ApiRequest.QueryParam q : request.query()) {
      url.addQueryParameter(q.name(), q.value());
    }
    o.queryParameters().forEach(url::addQueryParameter);

    RequestBody body = null;
    if (request.jsonBody() != null) {
      Buffer buffer = new Buffer();
      try {
        var adapter = moshi.adapter(request.jsonBodyType() != null ? request.jsonBodyType() : Object.class);
        @SuppressWarnings("unchecked")
        var untyped = (com.squareup.moshi.JsonAdapter<Object>) adapter;
        untyped.toJson(buffer, request.jsonBody());
      } catch (IOException e) {
        throw new OmnichannelException("could not serialise the body of " + request, e);
      }
      body = RequestBody.create(buffer.readByteString(), JSON);
    } else if (request.rawBody() != null) {
      body = request.rawBody();
    } else if (requiresBody(request.method())) {
      body = RequestBody.create(new byte[0], null);
    }
    Request.Builder b = new Request.Builder()
        .url(url.build())
        .method(request.method(), body)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json");
    request.headers().forEach(b::header);
    o.headers().forEach(b::header);
    return b.build();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  /** What the pipeline does after an attempt. */
  private sealed interface Decision<T> {
    record Success<T>(T value) implements Decision<T> {}

    record Fail<T>(RuntimeException exception) implements Decision<T> {}

    record Retry<T>(Duration delay) implements Decision<T> {}

    record Reauthenticate<T>(Request rejected, ApiException unauthorized) implements Decision<T> {}
  }
}
