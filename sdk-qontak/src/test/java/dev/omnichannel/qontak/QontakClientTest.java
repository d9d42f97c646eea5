package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.OAuthToken;
import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.TokenStore;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.HealthStatus;
import dev.omnichannel.core.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QontakClientTest extends QontakTestSupport {

  static final String TOKEN_JSON = q("{'access_token':'%s','token_type':'%s','expires_in':29823918,"
      + "'refresh_token':'%s','created_at':1594354514}");

  @Test
  void builderRequiresExactlyOneModeAndNonBlankCredentials() {
    assertThatThrownBy(() -> QontakClient.builder().build()).hasMessageContaining("choose an auth mode");
    assertThatThrownBy(() -> QontakClient.builder().accessToken("a").mekariHmac("b", "c").build())
        .hasMessageContaining("only one");
    assertThatThrownBy(() -> QontakClient.builder().accessToken(" ").build()).hasMessageContaining("accessToken");
    assertThatThrownBy(() -> QontakClient.builder().oauth("u", "", "id", "secret").build()).hasMessageContaining("password");
    assertThatThrownBy(() -> QontakClient.builder().oauth("u", "p", "id", null).build()).hasMessageContaining("clientSecret");
    assertThatThrownBy(() -> QontakClient.builder().oauthRefreshToken("", "id", "s").build()).hasMessageContaining("refreshToken");
    assertThatThrownBy(() -> QontakClient.builder().mekariHmac("id", " ").build()).hasMessageContaining("clientSecret");
  }

  @Test
  void modesPickTheirProductionHostAndPrefix() {
    try (QontakClient oauth = QontakClient.builder().accessToken("t").build();
         QontakClient hmac = QontakClient.builder().mekariHmac("id", "secret").build()) {
      assertThat(oauth.toString()).contains("https://service-chat.qontak.com/").contains("/api/open/v1").doesNotContain("t}");
      assertThat(hmac.toString()).contains("https://api.mekari.com/").contains("/qontak/chat/v1").doesNotContain("secret");
      assertThat(oauth.resourcePrefix()).isEqualTo(QontakClient.OAUTH_PREFIX);
      assertThat(hmac.resourcePrefix()).isEqualTo(QontakClient.MEKARI_PREFIX);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void healthCheck(Mode mode) throws Exception {
    respond(200, "{\"status\":\"ok\"}");
    assertThat(client(mode).health().check()).isEqualTo(new HealthStatus("ok"));
    expect(mode, "GET", "/health", null);
    respond(200, "{\"status\":\"ok\"}");
    assertThat(client(mode).health().checkAsync().get(5, TimeUnit.SECONDS).status()).isEqualTo("ok");
    expect(mode, "GET", "/health", null);
  }

  @Test
  void passwordGrantThenBearerAndRotatedRefreshTokenIsSaved() throws Exception {
    MutableClock clock = new MutableClock(NOW);
    TokenStore store = TokenStore.inMemory();
    server.setDispatcher(new Dispatcher() {
      int tokens;

      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if (r.getTarget().equals("/oauth/token")) {
          tokens++;
          return json(200, String.format(TOKEN_JSON, "access-" + tokens, tokens == 1 ? "Bearer" : "bearer", "refresh-" + tokens));
        }
        String expected = "Bearer access-" + tokens;
        return expected.equals(r.getHeaders().get("Authorization"))
            ? json(200, "{\"status\":\"ok\"}") : json(401, "{\"message\":\"Unauthorized\"}");
      }
    });
    try (QontakClient c = QontakClient.builder().baseUrl(server.url("/").toString()).clock(clock).sleeper(sleeper)
        .tokenStore(store).oauth("agent@toko.id", "p4ssw0rd", "client-id", "client-secret").build()) {
      assertThat(c.health().check().status()).isEqualTo("ok");
      RecordedRequest token = server.takeRequest();
      assertThat(token.getMethod()).isEqualTo("POST");
      assertThat(token.getTarget()).isEqualTo("/oauth/token");
      assertThat(token.getHeaders().get("Authorization")).isNull();
      assertThat(token.getBody().utf8()).isEqualTo(q("{'username':'agent@toko.id','password':'p4ssw0rd',"
          + "'grant_type':'password','client_id':'client-id','client_secret':'client-secret'}"));
      assertThat(server.takeRequest().getTarget()).isEqualTo("/api/open/v1/health");
      assertThat(store.load()).get().extracting(OAuthToken::refreshToken).isEqualTo("refresh-1");

      clock.advance(Duration.ofSeconds(29823918)); // expired: proactive refresh with the refresh grant
      assertThat(c.health().check().status()).isEqualTo("ok");
      RecordedRequest refresh = server.takeRequest();
      assertThat(refresh.getBody().utf8()).isEqualTo(q("{'refresh_token':'refresh-1','grant_type':'refresh_token',"
          + "'client_id':'client-id','client_secret':'client-secret'}"));
      assertThat(store.load()).get().extracting(OAuthToken::refreshToken).isEqualTo("refresh-2");
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-2");
    }
  }

  @Test
  void aRejectedRefreshFallsBackToThePasswordGrant() throws Exception {
    TokenStore store = TokenStore.inMemory();
    store.save(new OAuthToken("old", "revoked-refresh", "Bearer", NOW.minusSeconds(100), NOW.minusSeconds(10)));
    server.enqueue(json(401, q("{'error':'invalid_grant','error_description':'The provided authorization grant is invalid'}")));
    server.enqueue(json(200, String.format(TOKEN_JSON, "fresh", "Bearer", "refresh-9")));
    server.enqueue(json(200, "{\"status\":\"ok\"}"));
    try (QontakClient c = QontakClient.builder().baseUrl(server.url("/").toString())
        .clock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)).sleeper(sleeper)
        .tokenStore(store).oauth("u@x.id", "pw", "cid", "cs").build()) {
      c.health().check();
    }
    assertThat(server.takeRequest().getBody().utf8()).contains("\"grant_type\":\"refresh_token\"");
    assertThat(server.takeRequest().getBody().utf8()).contains("\"grant_type\":\"password\"");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer fresh");
  }

  @Test
  void refreshTokenModeUsesTheRefreshGrant() throws Exception {
    server.enqueue(json(200, String.format(TOKEN_JSON, "a1", "bearer", "r2")));
    server.enqueue(json(200, "{\"status\":\"ok\"}"));
    try (QontakClient c = QontakClient.builder().baseUrl(server.url("/").toString()).sleeper(sleeper)
        .oauthRefreshToken("r1", "cid", "cs").build()) {
      c.health().check();
    }
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(q("{'refresh_token':'r1','grant_type':'refresh_token',"
        + "'client_id':'cid','client_secret':'cs'}"));
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer a1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void errorEnvelopesMapToTypedExceptions(Mode mode) {
    respond(404, q("{'status':'error','error':{'code':404,'messages':['Resource not found.']}}"));
    assertThatThrownBy(() -> client(mode).integrations().retrieve("nope"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.providerErrorCode()).isEqualTo("404");
          assertThat(e.providerErrorMessage()).isEqualTo("Resource not found.");
        });
    respond(422, q("{'status':'error','error':{'code':422,'messages':[{'active_model_errors':{'name':['is missing']}}]}}"));
    assertThatThrownBy(() -> client(mode).integrations().retrieve("x"))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("name is missing");
    respond(401, q("{'message':'Unauthorized'}"));
    assertThatThrownBy(() -> client(mode).health().check())
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("Unauthorized");
    respond(200, q("{'status':'error','error':{'code':404,'messages':['room not found']}}"));
    assertThatThrownBy(() -> client(mode).integrations().retrieve("x")).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitsHonourXRateLimitReset(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("x-ratelimit-reset", "7").body("").build());
    respond(200, "{\"status\":\"ok\"}");
    assertThat(client(mode).health().check().status()).isEqualTo("ok");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("x-ratelimit-reset", "600").build());
    assertThatThrownBy(() -> client(mode).health().check())
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(10)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void autoPagingFollowsCursorsUntilTheTotal(Mode mode) throws Exception {
    String a = q("{'id':'a','target_channel':'wa'}");
    String b = q("{'id':'b','target_channel':'wa_cloud'}");
    String c = q("{'id':'c','target_channel':'telegram'}");
    respond(200, page(a + "," + b, "Y3Vyc29yMg==", 1, 2, 3));
    respond(200, page(c, "Y3Vyc29yMw==", 2, 2, 3));
    var ids = client(mode).integrations().listAutoPaging(ListParams.common().limit(2).build())
        .stream().map(i -> i.id()).toList();
    assertThat(ids).containsExactly("a", "b", "c");
    expect(mode, "GET", "/integrations?limit=2", null);
    expect(mode, "GET", "/integrations?limit=2&cursor=Y3Vyc29yMg%3D%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
