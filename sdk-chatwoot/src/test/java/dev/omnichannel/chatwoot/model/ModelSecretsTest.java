package dev.omnichannel.chatwoot.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Models that carry credentials keep them out of {@code toString()}. */
class ModelSecretsTest {

  private static final String INBOX_IDENTIFIER = "Xk2pQ9wLm4vN7rT1sY8uZ3aB";
  private static final String HMAC_TOKEN = "hmac-4f9a1c2e7b";
  private static final String SECRET = "sig-Wq8eR5tY2uI9oP3a";
  private static final String SOURCE_ID = "c41d2a90-5e77-4b0b-8f7e-0a9d3e6f1c55";
  private static final String PUBSUB = "pubsub-Zx9Cv8Bn7M";
  private static final String WEBSITE_TOKEN = "widget-public-token";

  private static final String INBOX_JSON = "{\"id\":5,\"name\":\"API inbox\",\"channel_id\":3,"
      + "\"channel_type\":\"Channel::Api\",\"website_token\":\"" + WEBSITE_TOKEN + "\","
      + "\"hmac_token\":\"" + HMAC_TOKEN + "\",\"hmac_mandatory\":true,"
      + "\"webhook_url\":\"https://example.com/hook\",\"inbox_identifier\":\"" + INBOX_IDENTIFIER + "\","
      + "\"secret\":\"" + SECRET + "\",\"provider_config\":{\"api_key\":\"k\"},"
      + "\"channel\":{\"hmac_token\":\"" + HMAC_TOKEN + "\",\"secret\":\"" + SECRET + "\"}}";

  private static <T> T parse(Class<T> type, String json) throws IOException {
    return ChatwootJson.moshi().adapter(type).fromJson(json);
  }

  private static void assertHidden(Object model) {
    String text = model.toString();
    assertThat(text).doesNotContain(INBOX_IDENTIFIER, HMAC_TOKEN, SECRET, SOURCE_ID, PUBSUB);
  }

  @Test
  void inboxHidesIdentifierHmacTokenAndSecret() throws IOException {
    Inbox inbox = parse(Inbox.class, INBOX_JSON);
    assertThat(inbox.inboxIdentifier()).isEqualTo(INBOX_IDENTIFIER);
    assertThat(inbox.secret()).isEqualTo(SECRET);
    assertHidden(inbox);
    assertThat(inbox.toString()).contains("id=5", "inboxIdentifier=██", "secret=██");
    assertThat(parse(Inbox.class, "{\"id\":6}").toString()).contains("inboxIdentifier=null", "secret=null");
  }

  @Test
  void contactableInboxHidesSourceIdAndInboxCredentials() throws IOException {
    ContactableInbox ci = parse(ContactableInbox.class,
        "{\"source_id\":\"" + SOURCE_ID + "\",\"inbox\":" + INBOX_JSON + "}");
    assertThat(ci.sourceId()).isEqualTo(SOURCE_ID);
    assertHidden(ci);
    assertThat(ci.toString()).contains("sourceId=██", "API inbox");
  }

  @Test
  void contactCreateResultHidesSourceId() throws IOException {
    ContactCreateResult r = parse(ContactCreateResult.class, "{\"contact\":{\"id\":11,\"name\":\"Ana\","
        + "\"contact_inboxes\":[{\"source_id\":\"" + SOURCE_ID + "\",\"inbox\":" + INBOX_JSON + "}]},"
        + "\"contact_inbox\":{\"source_id\":\"" + SOURCE_ID + "\",\"inbox\":" + INBOX_JSON + "}}");
    assertThat(r.contactInbox().sourceId()).isEqualTo(SOURCE_ID);
    assertHidden(r);
  }

  @Test
  void contactWithContactInboxesHidesSourceIds() throws IOException {
    Contact c = parse(Contact.class, "{\"id\":11,\"name\":\"Ana\",\"contact_inboxes\":["
        + "{\"source_id\":\"" + SOURCE_ID + "\",\"inbox\":" + INBOX_JSON + "}]}");
    assertThat(c.contactInboxes()).hasSize(1);
    assertHidden(c);
  }

  @Test
  void contactInboxHidesSourceIdAndPubsubToken() throws IOException {
    ContactInbox ci = parse(ContactInbox.class, "{\"id\":3300,\"contact_id\":9001,\"inbox_id\":21,"
        + "\"source_id\":\"" + SOURCE_ID + "\",\"pubsub_token\":\"" + PUBSUB + "\"}");
    assertHidden(ci);
    assertThat(ci.toString()).contains("id=3300", "sourceId=██");
  }

  @Test
  void agentBotReadsAndHidesSecret() throws IOException {
    AgentBot bot = parse(AgentBot.class, "{\"id\":4,\"name\":\"Triage\",\"access_token\":\"tok-123\","
        + "\"secret\":\"" + SECRET + "\"}");
    assertThat(bot.secret()).isEqualTo(SECRET);
    assertThat(bot.toString()).doesNotContain(SECRET, "tok-123").contains("secret=██");
  }
}
