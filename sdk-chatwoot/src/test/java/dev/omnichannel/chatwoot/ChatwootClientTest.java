package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.Label;
import dev.omnichannel.chatwoot.model.LabelParams;
import dev.omnichannel.chatwoot.model.Webhook;
import dev.omnichannel.core.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatwootClientTest extends ChatwootTestSupport {

  @Test
  void blankOrMissingTokenFailsAtBuild() {
    assertThatThrownBy(() -> ChatwootClient.builder().accountId(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiAccessToken");
    assertThatThrownBy(() -> ChatwootClient.builder().apiAccessToken("  ").accountId(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiAccessToken");
  }

  @Test
  void accountIdIsRequiredAndPositive() {
    assertThatThrownBy(() -> ChatwootClient.builder().apiAccessToken("t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
    assertThatThrownBy(() -> ChatwootClient.builder().apiAccessToken("t").accountId(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
    assertThatThrownBy(() -> ChatwootClient.builder().apiAccessToken("t").accountId(-3).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
  }

  @Test
  void badBaseUrlFailsAtBuild() {
    assertThatThrownBy(() -> ChatwootClient.builder().baseUrl("not a url").apiAccessToken("t").accountId(1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsToChatwootCloudAndHidesTheToken() {
    try (ChatwootClient c = ChatwootClient.builder().apiAccessToken("secret-xyz").accountId(7).build()) {
      assertThat(c.accountId()).isEqualTo(7);
      assertThat(c.toString()).contains("https://app.chatwoot.com/").contains("accountId=7").doesNotContain("secret-xyz");
    }
  }

  @Test
  void closeIsIdempotentAndCallsAfterCloseFail() {
    ChatwootClient c = client();
    c.close();
    c.close();
    assertThatThrownBy(() -> c.labels().list()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sendsUserAgentWithModuleName() throws Exception {
    respond(200, "{\"payload\":[]}");
    client().labels().list();
    assertThat(expect("GET", "/api/v1/accounts/42/labels", null).getHeaders().get("User-Agent")).contains("(chatwoot;");
  }

  @Test
  void baseUrlWithPathPrefixIsKept() throws Exception {
    respond(200, "[]");
    try (ChatwootClient c = ChatwootClient.builder().baseUrl(server.url("/chat/").toString())
        .apiAccessToken(TOKEN).accountId(5).build()) {
      c.agents().list();
    }
    expect("GET", "/chat/api/v1/accounts/5/agents", null);
  }

  @Test
  void asyncTwinSendsTheSameRequest() throws Exception {
    respond(200, "{\"id\":11,\"title\":\"vip\"}");
    CompletableFuture<Label> f = client().labels().createAsync(LabelParams.builder().title("vip").build());
    assertThat(f.get(5, TimeUnit.SECONDS).title()).isEqualTo("vip");
    expect("POST", "/api/v1/accounts/42/labels", "{\"title\":\"vip\"}");
  }

  @Test
  void asyncUnwrapsEnvelopesAndDeletesComplete() throws Exception {
    respond(200, "{\"payload\":{\"webhooks\":[]}}");
    respondEmpty();
    CompletableFuture<List<Webhook>> list = client().webhooks().listAsync();
    assertThat(list.get(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(client().webhooks().deleteAsync(2).get(5, TimeUnit.SECONDS)).isNull();
    expect("GET", "/api/v1/accounts/42/webhooks", null);
    expect("DELETE", "/api/v1/accounts/42/webhooks/2", null);
  }

  @Test
  void asyncFailureCarriesTypedException() {
    respond(404, "{\"error\":\"Resource could not be found\"}");
    CompletableFuture<Label> f = client().labels().retrieveAsync(404);
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void withOptionsDerivesAClientSharingTheAccount() throws Exception {
    respond(200, "[]");
    ChatwootClient derived = client().withOptions(o -> o.readTimeout(Duration.ofSeconds(5)).maxRetries(0));
    assertThat(derived.accountId()).isEqualTo(ACCOUNT);
    derived.teams().list();
    derived.close();
    expect("GET", "/api/v1/accounts/42/teams", null);
    respond(200, "[]");
    assertThat(client().teams().list()).isEmpty(); // closing the derived client left ours open
  }

  @Test
  void paramsToStringShowsKeysOnly() {
    assertThat(LabelParams.builder().title("secret-title").build().toString()).isEqualTo("LabelParams[title]");
  }
}
