package dev.omnichannel.examples.core;

import com.squareup.moshi.Json;
import com.squareup.moshi.Moshi;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.OAuthCredentials;
import dev.omnichannel.core.ProviderError;
import dev.omnichannel.core.TokenGrant;
import dev.omnichannel.core.TokenStore;
import dev.omnichannel.core.WebhookVerificationException;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.json.JsonSupport;
import dev.omnichannel.core.webhook.DispatchingWebhookParser;
import dev.omnichannel.core.webhook.HmacSha256;
import dev.omnichannel.core.webhook.HmacSignatureVerifier;
import dev.omnichannel.core.webhook.SignatureEncoding;
import dev.omnichannel.core.webhook.WebhookParser;
import dev.omnichannel.examples.Example;
import dev.omnichannel.examples.Transcript;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The SDK core at work against an embedded fake OAuth provider: a token fetched once and reused,
 * a 503 retried, a token revoked by the server repaired with one refresh, an error mapped to a
 * typed exception, and a signed webhook verified and parsed. Provider modules are built from
 * exactly these pieces.
 */
public final class CoreExample implements Example {

  /** A contact as the fake returns it. */
  public record Contact(long id, String name, @Json(name = "created_at") Instant createdAt) {}

  /** The fake provider's webhook events. */
  public sealed interface DemoEvent permits ContactCreated, UnknownEvent {}

  /**
   * A {@code contact.created} event.
   *
   * @param contact the contact
   */
  public record ContactCreated(Contact contact) implements DemoEvent {}

  /**
   * Any other event, kept with its name and raw JSON.
   *
   * @param name the event name
   * @param raw the raw JSON
   */
  public record UnknownEvent(String name, String raw) implements DemoEvent {}

  @Override
  public String name() {
    return "core";
  }

  @Override
  public void run(Map<String, String> env, Transcript out) throws Exception {
    try (MockWebServer fake = new MockWebServer()) {
      FakeProvider provider = new FakeProvider();
      fake.setDispatcher(provider);
      fake.start();
      Moshi moshi = JsonSupport.moshiBuilder().build();
      ClientOptions base = ClientOptions.builder()
          .baseUrl(fake.url("/").toString())
          .credentials(Credentials.none())
          .appInfo("omnichannel-examples", "1.0")
          .build();

      // Each provider module supplies an ErrorDecoder for its error envelope; this fake sends {"error": "..."}.
      ErrorDecoder errors = (status, body) -> {
        try {
          Object message = moshi.adapter(Map.class).fromJson(body).get("error");
          return message == null ? ProviderError.NONE : ProviderError.ofMessage(message.toString());
        } catch (java.io.IOException | RuntimeException notJson) {
          return ProviderError.NONE;
        }
      };
      try (HttpTransport tokenEndpoint = new HttpTransport(base, "example", moshi, errors)) {
        OAuthCredentials oauth = OAuthCredentials.of(current -> {
          TokenResponse r = tokenEndpoint.execute(ApiRequest.<TokenResponse>builder("POST", "/oauth/token")
              .jsonBody(Map.of("grant_type", current == null ? "password" : "refresh_token"))
              .responseType(TokenResponse.class).build(), null);
          return new TokenGrant(r.accessToken(), r.refreshToken(), r.tokenType(), Duration.ofSeconds(r.expiresIn()));
        }, TokenStore.inMemory());
        HttpTransport api = tokenEndpoint.withCredentials(oauth);

        Contact c = api.execute(getContact(42), null);
        out.step("GET /contacts/42 -> " + c.name() + " (created " + c.createdAt() + "); token requests so far: "
            + provider.tokenRequests.get());
        provider.failNext = 1;
        c = api.execute(getContact(42), null);
        out.step("GET /contacts/42 answered 503 once, retried after backoff -> " + c.name());
        provider.revokeCurrentToken();
        c = api.execute(getContact(42), null);
        out.step("server revoked the token: 401, one refresh, one re-send -> " + c.name()
            + "; token requests so far: " + provider.tokenRequests.get());
        try {
          api.execute(getContact(404), null);
        } catch (NotFoundException e) {
          out.step("GET /contacts/404 -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }

      verifyAndParseWebhook(moshi, out);
    }
  }

  private static ApiRequest<Contact> getContact(long id) {
    return ApiRequest.<Contact>builder("GET", "/contacts/{}", id).responseType(Contact.class).build();
  }

  private static void verifyAndParseWebhook(Moshi moshi, Transcript out) {
    String secret = "whsec-demo";
    byte[] body = "{\"event\":\"contact.created\",\"contact\":{\"id\":7,\"name\":\"Budi\",\"created_at\":1714557600}}"
        .getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = "sha256=" + HmacSha256.hex(HmacSha256.hmacSha256(
        secret.getBytes(StandardCharsets.UTF_8), (timestamp + "." + new String(body, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8)));
    HmacSignatureVerifier verifier = HmacSignatureVerifier.builder()
        .secret(secret)
        .signatureHeader("X-Signature").signaturePrefix("sha256=").encoding(SignatureEncoding.HEX)
        .timestampHeader("X-Timestamp")
        .build();
    verifier.verify(body, Map.of("x-signature", signature, "x-timestamp", timestamp));
    WebhookParser<DemoEvent> parser = DispatchingWebhookParser.<DemoEvent>builder()
        .discriminatorField("event")
        .on("contact.created", doc -> new ContactCreated(doc.read(moshi.adapter(Contact.class), "contact")))
        .unknown((name, doc) -> new UnknownEvent(name, doc.raw()))
        .build();
    DemoEvent event = parser.parse(body);
    out.step("signed webhook verified and parsed -> " + event);
    try {
      verifier.verify("{\"event\":\"tampered\"}".getBytes(StandardCharsets.UTF_8),
          Map.of("x-signature", signature, "x-timestamp", timestamp));
    } catch (WebhookVerificationException e) {
      out.step("tampered webhook rejected: " + e.getMessage());
    }
  }

  /**
   * The fake's token response.
   *
   * @param accessToken access token
   * @param refreshToken refresh token
   * @param tokenType token type
   * @param expiresIn lifetime in seconds
   */
  public record TokenResponse(@Json(name = "access_token") String accessToken,
                       @Json(name = "refresh_token") String refreshToken,
                       @Json(name = "token_type") String tokenType,
                       @Json(name = "expires_in") long expiresIn) {}

  /** An embedded OAuth provider: token endpoint plus one resource. */
  private static final class FakeProvider extends Dispatcher {
    final AtomicInteger tokenRequests = new AtomicInteger();
    volatile String validToken;
    volatile int failNext;

    void revokeCurrentToken() {
      validToken = "revoked";
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if (path.equals("/oauth/token")) {
        int n = tokenRequests.incrementAndGet();
        validToken = "token-" + n;
        return json(200, "{\"access_token\":\"" + validToken + "\",\"refresh_token\":\"refresh-" + n
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
      }
      if (!("Bearer " + validToken).equals(request.getHeaders().get("Authorization"))) {
        return json(401, "{\"error\":\"invalid token\"}");
      }
      if (failNext > 0) {
        failNext--;
        return json(503, "{\"error\":\"try again\"}");
      }
      if (path.equals("/contacts/42")) {
        return json(200, "{\"id\":42,\"name\":\"Siti\",\"created_at\":\"2024-05-01 10:00:00\"}");
      }
      return json(404, "{\"error\":\"Resource could not be found\"}");
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
  }
}
