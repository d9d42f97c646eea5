package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.core.testing.FakeSleeper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/**
 * Shared setup for Qontak service tests. Every operation test runs in both auth modes
 * ({@code @ParameterizedTest @EnumSource(Mode.class)}): {@link #expect} checks the mode's resource
 * prefix and its authentication (Bearer token, or {@code Date} plus an {@code hmac} Authorization
 * whose signature it recomputes independently with {@code javax.crypto}).
 */
abstract class QontakTestSupport {

  /** The two auth modes. */
  enum Mode {
    /** Legacy host, {@code /api/open/v1}, Bearer token. */
    OAUTH,
    /** Mekari gateway, {@code /qontak/chat/v1}, HMAC-signed. */
    HMAC
  }

  static final String TOKEN = "qontak-access-token-123";
  static final String CLIENT_ID = "mekari-client-id";
  static final String CLIENT_SECRET = "mekari-client-secret-xyz";
  static final Instant NOW = Instant.parse("2025-03-28T10:04:47Z");
  static final String DATE = "Fri, 28 Mar 2025 10:04:47 GMT";

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeSleeper sleeper = new FakeSleeper();
  private final Map<Mode, QontakClient> clients = new EnumMap<>(Mode.class);

  QontakClient client(Mode mode) {
    return clients.computeIfAbsent(mode, m -> {
      QontakClient.Builder b = QontakClient.builder()
          .baseUrl(server.url("/").toString())
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .sleeper(sleeper);
      return (m == Mode.OAUTH ? b.accessToken(TOKEN) : b.mekariHmac(CLIENT_ID, CLIENT_SECRET)).build();
    });
  }

  @AfterEach
  void closeClients() {
    clients.values().forEach(QontakClient::close);
  }

  static String prefix(Mode mode) {
    return mode == Mode.OAUTH ? "/api/open/v1" : "/qontak/chat/v1";
  }

  void respond(int code, String json) {
    server.enqueue(new MockResponse.Builder().code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(json).build());
  }

  /**
   * Asserts the next request: method, target (prefix + {@code pathAndQuery}), auth and exact body;
   * in HMAC mode also validates it against the MAG OpenAPI subset ({@link QontakContract}).
   *
   * @param mode the auth mode the client used
   * @param method HTTP method
   * @param pathAndQuery path after the prefix, with the encoded query
   * @param body the exact JSON body, or null for none
   * @return the request, for further checks
   */
  RecordedRequest expect(Mode mode, String method, String pathAndQuery, String body) throws InterruptedException {
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(prefix(mode) + pathAndQuery);
    assertAuth(mode, r);
    String sent = r.getBody() == null ? "" : r.getBody().utf8();
    if (body == null) {
      assertThat(sent).isEmpty();
    } else {
      assertThat(sent).isEqualTo(body);
      assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    }
    if (mode == Mode.HMAC) {
      QontakContract.verify(r);
    }
    return r;
  }

  static void assertAuth(Mode mode, RecordedRequest r) {
    if (mode == Mode.OAUTH) {
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(r.getHeaders().get("Date")).isNull();
      return;
    }
    assertThat(r.getHeaders().get("Date")).isEqualTo(DATE);
    String requestLine = r.getMethod() + " " + r.getTarget() + " HTTP/1.1";
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("hmac username=\"" + CLIENT_ID
        + "\", algorithm=\"hmac-sha256\", headers=\"date request-line\", signature=\""
        + hmac(CLIENT_SECRET, "date: " + DATE + "\n" + requestLine) + "\"");
  }

  /** HMAC-SHA256, base64, computed here independently of the SDK. */
  static String hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Single quotes to double quotes, for readable JSON in tests. */
  static String q(String json) {
    return json.replace('\'', '"');
  }

  /** A success envelope around {@code data}. */
  static String ok(String data) {
    return "{\"status\":\"success\",\"data\":" + data + "}";
  }

  /** A list envelope with a pagination block. */
  static String page(String items, String next, int offset, int limit, int total) {
    return "{\"status\":\"success\",\"data\":[" + items + "],\"meta\":{\"pagination\":{\"cursor\":{\"next\":"
        + (next == null ? "null" : "\"" + next + "\"") + ",\"prev\":1728392586972},\"offset\":" + offset
        + ",\"limit\":" + limit + ",\"total\":" + total + "}}}";
  }
}
