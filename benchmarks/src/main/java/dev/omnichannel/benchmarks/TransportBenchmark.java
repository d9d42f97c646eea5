package dev.omnichannel.benchmarks;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.json.JsonSupport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
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
 * Per-request overhead of the SDK core: the same GET (small JSON object decoded into a record)
 * and the same POST (small JSON body, JSON object answered) sent through
 * {@link HttpTransport#execute} and through plain OkHttp + Moshi.
 *
 * <p>Both sides talk to one loopback {@link MockWebServer} whose {@link Dispatcher} answers every
 * request with a canned response, use OkHttpClients with identical settings (each with its own
 * keep-alive connection), send the same headers, and decode with the same Moshi instance (hence
 * the same record adapter). The plain side is what a careful hand-written client would do:
 * build the request, stream-decode the body, close the response.
 *
 * <p>Run with {@code -prof gc}: {@code gc.alloc.rate.norm} counts the bytes allocated by
 * <em>every</em> thread of the JVM per operation, so it includes the mock server's own
 * allocations (identical for both sides); compare SDK against plain, or read the client-thread
 * figure printed after each iteration ({@code client thread: N B/op}), which excludes the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class TransportBenchmark {

  /**
   * The decoded contact, ten fields; public so Moshi may bind it.
   *
   * @param id contact id
   * @param name display name
   * @param email e-mail address
   * @param phoneNumber phone in E.164
   * @param identifier external id
   * @param thumbnail avatar URL
   * @param availabilityStatus presence
   * @param blocked whether blocked
   * @param conversationsCount number of conversations
   * @param lastActivityAt epoch seconds of the last activity
   */
  public record Contact(
      long id,
      String name,
      String email,
      @Json(name = "phone_number") String phoneNumber,
      String identifier,
      String thumbnail,
      @Json(name = "availability_status") String availabilityStatus,
      boolean blocked,
      @Json(name = "conversations_count") int conversationsCount,
      @Json(name = "last_activity_at") long lastActivityAt) {}

  /**
   * The POST body; public so Moshi may bind it.
   *
   * @param name display name
   * @param email e-mail address
   * @param phoneNumber phone in E.164
   * @param identifier external id
   */
  public record NewContact(
      String name, String email, @Json(name = "phone_number") String phoneNumber, String identifier) {}

  static final String CONTACT_JSON = "{\"id\":7,\"name\":\"Ana Souza\",\"email\":\"ana@example.com\","
      + "\"phone_number\":\"+5511987654321\",\"identifier\":\"crm-00042\","
      + "\"thumbnail\":\"https://cdn.example.com/avatars/7.png\",\"availability_status\":\"online\","
      + "\"blocked\":false,\"conversations_count\":12,\"last_activity_at\":1763769600}";

  static final NewContact NEW_CONTACT =
      new NewContact("Ana Souza", "ana@example.com", "+5511987654321", "crm-00042");

  private static final String TOKEN_HEADER = "api_access_token";
  private static final String TOKEN = "bench-token-0123456789";

  MockWebServer server;
  HttpTransport transport;
  OkHttpClient plainClient;
  Moshi moshi;
  JsonAdapter<Contact> contactAdapter;
  JsonAdapter<NewContact> newContactAdapter;
  HttpUrl baseUrl;
  String userAgent;

  /**
   * Starts the loopback server and builds both clients; checks once that both decode the same
   * record.
   *
   * @throws IOException when the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServers.noDelay();
    MockResponse ok = new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(CONTACT_JSON).build();
    MockResponse created = new MockResponse.Builder().code(201)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(CONTACT_JSON).build();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (capturedUserAgent == null) {
          capturedUserAgent = request.getHeaders().get("User-Agent");
        }
        drainRecordedRequests(server);
        return "POST".equals(request.getMethod()) ? created : ok;
      }
    });
    server.start();
    baseUrl = server.url("/api/v1/");

    moshi = JsonSupport.moshi();
    contactAdapter = moshi.adapter(Contact.class);
    newContactAdapter = moshi.adapter(NewContact.class);
    ClientOptions options = ClientOptions.builder()
        .baseUrl(baseUrl.toString())
        .credentials(Credentials.header(TOKEN_HEADER, TOKEN))
        .build();
    transport = new HttpTransport(options, "bench", moshi, ErrorDecoder.none());
    // Same settings as HttpTransport applies to its own client.
    plainClient = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        .build();
    // Send the same bytes on the wire: capture the SDK's User-Agent from its first request.
    ClientAllocation none = new ClientAllocation();
    sdkGet(none);
    userAgent = capturedUserAgent;
    if (userAgent == null || !userAgent.contains("bench")) {
      throw new IllegalStateException("could not capture the SDK's User-Agent: " + userAgent);
    }

    Contact a = sdkGet(none);
    Contact b = plainGet(none);
    Contact c = sdkPost(none);
    Contact d = plainPost(none);
    if (!a.equals(b) || !a.equals(c) || !a.equals(d) || a.conversationsCount() != 12) {
      throw new IllegalStateException("SDK and plain decoded different values: " + a + " / " + b);
    }
  }

  private volatile String capturedUserAgent;

  private void drainRecordedRequests(MockWebServer s) {
    // MockWebServer keeps every request in an unbounded queue; keep it empty so a long run does
    // not grow the heap (the cost is the same for both sides).
    try {
      while (s.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // discard
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes both clients and the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    transport.close();
    plainClient.dispatcher().executorService().shutdown();
    plainClient.connectionPool().evictAll();
    server.close();
  }

  /**
   * GET through the SDK core: builds the {@link ApiRequest} (as a provider service does per
   * call), authenticates, executes, decodes.
   *
   * @param alloc client-thread allocation counter
   * @return the decoded contact
   */
  @Benchmark
  public Contact sdkGet(ClientAllocation alloc) {
    alloc.ops++;
    return transport.execute(
        ApiRequest.<Contact>builder("GET", "/contacts/{}", 7).responseType(Contact.class).build(), null);
  }

  /**
   * The same GET with plain OkHttp + Moshi.
   *
   * @param alloc client-thread allocation counter
   * @return the decoded contact
   * @throws IOException on I/O failure
   */
  @Benchmark
  public Contact plainGet(ClientAllocation alloc) throws IOException {
    alloc.ops++;
    Request request = new Request.Builder()
        .url(baseUrl.newBuilder().addPathSegment("contacts").addPathSegment(String.valueOf(7)).build())
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header(TOKEN_HEADER, TOKEN)
        .build();
    try (Response response = plainClient.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return contactAdapter.fromJson(response.body().source());
    }
  }

  /**
   * POST with a JSON body through the SDK core.
   *
   * @param alloc client-thread allocation counter
   * @return the decoded contact
   */
  @Benchmark
  public Contact sdkPost(ClientAllocation alloc) {
    alloc.ops++;
    return transport.execute(ApiRequest.<Contact>builder("POST", "/contacts")
        .jsonBody(NEW_CONTACT, NewContact.class)
        .responseType(Contact.class)
        .build(), null);
  }

  /**
   * The same POST with plain OkHttp + Moshi.
   *
   * @param alloc client-thread allocation counter
   * @return the decoded contact
   * @throws IOException on I/O failure
   */
  @Benchmark
  public Contact plainPost(ClientAllocation alloc) throws IOException {
    alloc.ops++;
    Buffer json = new Buffer();
    newContactAdapter.toJson(json, NEW_CONTACT);
    Request request = new Request.Builder()
        .url(baseUrl.newBuilder().addPathSegment("contacts").build())
        .post(RequestBody.create(json.readByteString(), HttpTransport.JSON))
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header(TOKEN_HEADER, TOKEN)
        .build();
    try (Response response = plainClient.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return contactAdapter.fromJson(response.body().source());
    }
  }

  /**
   * Bytes allocated by the benchmark thread alone (the client side, without the mock server),
   * printed after each iteration. Costs one counter increment per operation on each side.
   */
  @State(Scope.Thread)
  public static class ClientAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long ops;
    long startBytes;

    /** Resets the counters at the start of an iteration. */
    @Setup(Level.Iteration)
    public void start() {
      ops = 0;
      startBytes = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Prints the client thread's allocation per operation for the iteration. */
    @TearDown(Level.Iteration)
    public void stop() {
      long bytes = THREADS.getCurrentThreadAllocatedBytes() - startBytes;
      if (ops > 0) {
        System.out.printf("  (client thread: %,d B/op over %,d ops)%n", bytes / ops, ops);
      }
    }
  }
}
