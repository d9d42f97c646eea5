package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.PlatformAccountParams;
import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatwootPlatformClientTest extends PlatformTestSupport {

  @Test
  void blankOrMissingTokenFailsAtBuild() {
    assertThatThrownBy(() -> ChatwootPlatformClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platformAccessToken");
    assertThatThrownBy(() -> ChatwootPlatformClient.builder().platformAccessToken(" \t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platformAccessToken");
  }

  @Test
  void badBaseUrlFailsAtBuild() {
    assertThatThrownBy(() -> ChatwootPlatformClient.builder().baseUrl("not a url").platformAccessToken("t").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsToChatwootCloudAndHidesTheToken() {
    try (ChatwootPlatformClient c = ChatwootPlatformClient.builder().platformAccessToken("secret-xyz").build()) {
      assertThat(c.toString()).contains("https://app.chatwoot.com/").doesNotContain("secret-xyz");
    }
  }

  @Test
  void sendsUserAgentWithModuleName() throws Exception {
    respond(200, "[]");
    platform().agentBots().list();
    assertThat(expect("GET", "/platform/api/v1/agent_bots", null).getHeaders().get("User-Agent")).contains("(chatwoot;");
  }

  @Test
  void baseUrlWithPathPrefixIsKept() throws Exception {
    respond(200, "[]");
    try (ChatwootPlatformClient c = ChatwootPlatformClient.builder().baseUrl(server.url("/chat/").toString())
        .platformAccessToken(TOKEN).build()) {
      c.accountUsers().list(3);
    }
    expect("GET", "/chat/platform/api/v1/accounts/3/account_users", null);
  }

  @Test
  void closeIsIdempotentAndCallsAfterCloseFail() {
    ChatwootPlatformClient c = platform();
    c.close();
    c.close();
    assertThatThrownBy(() -> c.agentBots().list()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalidPlatformTokenIs401Authentication() {
    respond(401, q("{'error':'Invalid access_token'}"));
    assertThatThrownBy(() -> platform().accounts().retrieve(7))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.providerErrorMessage()).isEqualTo("Invalid access_token");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
  }

  @Test
  void objectNotOwnedByTheAppIs401Authentication() {
    respond(401, q("{'error':'Non permissible resource'}"));
    assertThatThrownBy(() -> platform().users().delete(99))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.providerErrorMessage()).isEqualTo("Non permissible resource");
        });
  }

  @Test
  void asyncFailureCarriesTheSameException() {
    respond(401, q("{'error':'Non permissible resource'}"));
    assertThatThrownBy(() -> platform().users().ssoLoginUrlAsync(99).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AuthenticationException.class);
  }

  @Test
  void withOptionsSharesTheTokenAndSendsTheSameHeader() throws Exception {
    respond(200, q("{'id':7,'name':'Acme'}"));
    ChatwootPlatformClient derived = platform().withOptions(o -> o.maxRetries(0));
    assertThat(derived.accounts().create(PlatformAccountParams.builder().name("Acme").build()).id()).isEqualTo(7L);
    expect("POST", "/platform/api/v1/accounts", q("{'name':'Acme'}"));
  }

  @Test
  void requestOptionsApplyPerCall() throws Exception {
    respond(200, "[]");
    platform().agentBots().withRequestOptions(RequestOptions.builder().header("X-Trace", "t-1")
        .readTimeout(Duration.ofSeconds(5)).build()).list();
    assertThat(expect("GET", "/platform/api/v1/agent_bots", null).getHeaders().get("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void applicationClientIsUnaffected() throws Exception {
    respond(200, "{\"payload\":[]}");
    client().labels().list();
    expect("GET", "/api/v1/accounts/42/labels", null);
  }
}
