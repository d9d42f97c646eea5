package dev.omnichannel.examples.chatwoot;

import dev.omnichannel.chatwoot.ChatwootClient;
import dev.omnichannel.chatwoot.model.ContactCreateParams;
import dev.omnichannel.chatwoot.model.ContactCreateResult;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.ConversationCreateParams;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.MessageCreateParams;
import dev.omnichannel.chatwoot.model.MessageType;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent;
import dev.omnichannel.chatwoot.webhook.ChatwootWebhooks;
import dev.omnichannel.core.WebhookVerificationException;
import dev.omnichannel.core.webhook.HmacSha256;
import dev.omnichannel.examples.Example;
import dev.omnichannel.examples.Transcript;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * The Chatwoot API-channel flow from Chatwoot's "send messages to API channel" guide: create a
 * contact in an API inbox, open a conversation from the contact's {@code source_id}, send a
 * message, then verify and parse the signed {@code message_created} webhook Chatwoot delivers.
 *
 * <p>Runs against an embedded fake Chatwoot unless {@code CHATWOOT_BASE_URL},
 * {@code CHATWOOT_API_TOKEN}, {@code CHATWOOT_ACCOUNT_ID} and {@code CHATWOOT_INBOX_ID} are set.
 * Webhooks reach only a public URL, so in live mode the last step verifies a delivery signed
 * locally with {@code CHATWOOT_WEBHOOK_SECRET} (or a demo secret).
 */
public final class ChatwootExample implements Example {

  @Override
  public String name() {
    return "chatwoot";
  }

  @Override
  public List<String> credentialVariables() {
    return List.of("CHATWOOT_BASE_URL", "CHATWOOT_API_TOKEN", "CHATWOOT_ACCOUNT_ID", "CHATWOOT_INBOX_ID");
  }

  @Override
  public void run(Map<String, String> env, Transcript out) throws Exception {
    boolean live = hasCredentials(env);
    String secret = env.getOrDefault("CHATWOOT_WEBHOOK_SECRET", FakeChatwoot.WEBHOOK_SECRET);
    if (live) {
      run(env.get("CHATWOOT_BASE_URL"), env.get("CHATWOOT_API_TOKEN"),
          Long.parseLong(env.get("CHATWOOT_ACCOUNT_ID")), Long.parseLong(env.get("CHATWOOT_INBOX_ID")), secret, out);
      return;
    }
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new FakeChatwoot());
      server.start();
      run(server.url("/").toString(), FakeChatwoot.TOKEN, FakeChatwoot.ACCOUNT_ID, FakeChatwoot.INBOX_ID, secret, out);
    }
  }

  private static void run(String baseUrl, String token, long accountId, long inboxId, String webhookSecret,
      Transcript out) {
    try (ChatwootClient chatwoot = ChatwootClient.builder()
        .baseUrl(baseUrl)
        .apiAccessToken(token)
        .accountId(accountId)
        .appInfo("omnichannel-examples", "1.0")
        .build()) {

      ContactCreateResult created = chatwoot.contacts().create(ContactCreateParams.builder()
          .inboxId(inboxId)
          .name("Siti Rahma")
          .phoneNumber("+6281234567890")
          .identifier("crm-" + Instant.now().getEpochSecond())
          .build());
      String sourceId = created.contactInbox().sourceId();
      out.step("created contact #" + created.contact().id() + " in inbox " + inboxId
          + "; its session source_id is " + sourceId.length() + " chars long");

      Conversation conversation = chatwoot.conversations().create(ConversationCreateParams.builder()
          .sourceId(sourceId)
          .inboxId(inboxId)
          .build());
      out.step("opened conversation #" + conversation.id() + " (status " + conversation.status() + ")");

      Message sent = chatwoot.messages().create(conversation.id(), MessageCreateParams.builder()
          .content("Halo, pesanan saya belum sampai.")
          .messageType(MessageType.INCOMING)
          .build());
      out.step("sent " + sent.messageType() + " message #" + sent.id() + ": \"" + sent.content() + "\"");
    }

    // Chatwoot now POSTs message_created to the inbox's webhook URL. A receiver verifies the raw
    // bytes first, then parses them into the sealed ChatwootEvent type.
    byte[] body = FakeChatwoot.messageCreatedWebhook(accountId, inboxId).getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = "sha256=" + HmacSha256.hex(HmacSha256.hmacSha256(
        webhookSecret.getBytes(StandardCharsets.UTF_8),
        (timestamp + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    Map<String, String> headers = Map.of(
        "X-Chatwoot-Signature", signature,
        "X-Chatwoot-Timestamp", timestamp,
        "Content-Type", "application/json");

    ChatwootWebhooks.verifier(webhookSecret).verify(body, headers);
    ChatwootEvent event = ChatwootWebhooks.parser().parse(body);
    if (event instanceof ChatwootEvent.MessageCreated created) {
      out.step("verified and parsed webhook " + created.event() + ": message #" + created.message().id()
          + " from " + created.message().sender().name() + ": \"" + created.message().content() + "\"");
    } else {
      out.step("verified and parsed webhook " + event.event());
    }
    try {
      ChatwootWebhooks.verifier("some-other-secret").verify(body, headers);
    } catch (WebhookVerificationException e) {
      out.step("a delivery signed with another secret is rejected: " + e.getMessage());
    }
  }
}
