package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer, a client bound to account 42 pointing at it, and request assertions
 * ({@link #expect} also asserts the {@code api_access_token} header is {@link #TOKEN}).
 */
abstract class ChatwootTestSupport extends MockServerTestSupport<ChatwootClient> {

  static final String TOKEN = "tok-123-secret";
  static final long ACCOUNT = 42;

  @Override
  ChatwootClient newClient() {
    return ChatwootClient.builder()
        .baseUrl(server.url("/").toString())
        .apiAccessToken(TOKEN)
        .accountId(ACCOUNT)
        .sleeper(sleeper)
        .build();
  }

  @Override
  void assertAuth(RecordedRequest r) {
    assertThat(r.getHeaders().get("api_access_token")).isEqualTo(TOKEN);
  }
}
