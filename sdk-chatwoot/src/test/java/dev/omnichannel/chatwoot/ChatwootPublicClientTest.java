package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.PublicInbox;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.RequestOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatwootPublicClientTest extends PublicTestSupport {

  static final String INBOX_JSON = q("{'identifier':'" + INBOX + "','name':'Website API',"
      + "'timezone':'Europe/Berlin','working_hours':[{'day_of_week':1,'open_all_day':false,"
      + "'closed_all_day':false,'open_hour':9,'open_minutes':0,'close_hour':17,'close_minutes':30},"
      + "{'day_of_week':0,'open_all_day':false,'closed_all_day':true,'open_hour':null,"
      + "'open_minutes':null,'close_hour':null,'close_minutes':null}],"
      + "'working_hours_enabled':true,'csat_survey_enabled':false,'greeting_enabled':true,"
      + "'identity_validation_enabled':true}");

  @Test
  void missingOrBlankInboxIdentifierFailsAtBuild() {
    assertThatThrownBy(() -> ChatwootPublicClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inboxIdentifier");
    assertThatThrownBy(() -> ChatwootPublicClient.builder().inboxIdentifier(" \t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inboxIdentifier");
  }

  @Test
  void badBaseUrlFailsAtBuild() {
    assertThatThrownBy(() -> ChatwootPublicClient.builder().baseUrl("nope").inboxIdentifier("x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsToChatwootCloudAndHidesTheInboxIdentifier() {
    ChatwootPublicClient.Builder b = ChatwootPublicClient.builder().inboxIdentifier("secret-inbox-xyz");
    assertThat(b.toString()).doesNotContain("secret-inbox-xyz");
    try (ChatwootPublicClient c = b.build()) {
      assertThat(c.toString()).contains("https://app.chatwoot.com/").doesNotContain("secret-inbox-xyz");
      assertThat(c.inbox().toString()).doesNotContain("secret-inbox-xyz");
    }
  }

  @Test
  void inboxRetrieveSendsNoTokenAndParsesTheInbox() throws Exception {
    respond(200, INBOX_JSON);
    PublicInbox inbox = client().inbox().retrieve();
    expect("GET", BASE, null);
    assertThat(inbox.identifier()).isEqualTo(INBOX);
    assertThat(inbox.name()).isEqualTo("Website API");
    assertThat(inbox.timezone()).isEqualTo("Europe/Berlin");
    assertThat(inbox.workingHours()).hasSize(2);
    assertThat(inbox.workingHours().get(0).openHour()).isEqualTo(9);
    assertThat(inbox.workingHours().get(0).closeMinutes()).isEqualTo(30);
    assertThat(inbox.workingHours().get(1).closedAllDay()).isTrue();
    assertThat(inbox.workingHours().get(1).openHour()).isNull();
    assertThat(inbox.workingHoursEnabled()).isTrue();
    assertThat(inbox.csatSurveyEnabled()).isFalse();
    assertThat(inbox.greetingEnabled()).isTrue();
    assertThat(inbox.identityValidationEnabled()).isTrue();
    assertThat(inbox.toString()).contains("Website API").doesNotContain(INBOX);
  }

  @Test
  void inboxWithoutWorkingHoursHasAnEmptyList() throws Exception {
    respond(200, q("{'name':'Bare','timezone':'UTC'}"));
    assertThat(client().inbox().retrieve().workingHours()).isEmpty();
  }

  @Test
  void inboxRetrieveAsync() throws Exception {
    respond(200, INBOX_JSON);
    PublicInbox inbox = client().inbox().retrieveAsync().get(5, TimeUnit.SECONDS);
    expect("GET", BASE, null);
    assertThat(inbox.name()).isEqualTo("Website API");
  }

  @Test
  void unknownInboxIs404() throws Exception {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().inbox().retrieve())
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).providerErrorMessage())
            .isEqualTo("Resource could not be found"));
  }

  @Test
  void throttledPlainTextIsRateLimit() {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(429)
        .addHeader("Content-Type", "text/plain").body("Retry later").build());
    try (ChatwootPublicClient c = client().withOptions(o -> o.maxRetries(0))) {
      assertThatThrownBy(() -> c.inbox().retrieve())
          .isInstanceOf(RateLimitException.class)
          .satisfies(e -> assertThat(((RateLimitException) e).providerErrorMessage()).isEqualTo("Retry later"));
    }
  }

  @Test
  void baseUrlWithPathPrefixIsKept() throws Exception {
    respond(200, INBOX_JSON);
    try (ChatwootPublicClient c = ChatwootPublicClient.builder().baseUrl(server.url("/chat/").toString())
        .inboxIdentifier("abc").build()) {
      c.inbox().retrieve();
    }
    expect("GET", "/chat/public/api/v1/inboxes/abc", null);
  }

  @Test
  void inboxIdentifierIsOneEncodedPathSegment() throws Exception {
    respond(200, INBOX_JSON);
    try (ChatwootPublicClient c = ChatwootPublicClient.builder().baseUrl(server.url("/").toString())
        .inboxIdentifier("a/b c").build()) {
      c.inbox().retrieve();
    }
    expect("GET", "/public/api/v1/inboxes/a%2Fb%20c", null);
  }

  @Test
  void perCallOptionsAddHeadersButStillNoToken() throws Exception {
    respond(200, INBOX_JSON);
    client().inbox().withRequestOptions(RequestOptions.builder().header("X-Trace", "t1")
        .callTimeout(Duration.ofSeconds(3)).build()).retrieve();
    assertThat(expect("GET", BASE, null).getHeaders().get("X-Trace")).isEqualTo("t1");
  }

  @Test
  void sendsUserAgentWithModuleName() throws Exception {
    respond(200, INBOX_JSON);
    client().inbox().retrieve();
    assertThat(expect("GET", BASE, null).getHeaders().get("User-Agent")).contains("(chatwoot;");
  }

  @Test
  void errorMessagesDoNotShowTheInboxOrContactIdentifier() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().conversations().retrieve(CONTACT, 3))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(INBOX).doesNotContain(CONTACT));
  }
}
