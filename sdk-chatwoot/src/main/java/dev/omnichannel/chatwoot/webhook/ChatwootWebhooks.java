package dev.omnichannel.chatwoot.webhook;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.omnichannel.chatwoot.model.ChatwootJson;
import dev.omnichannel.chatwoot.model.Contact;
import dev.omnichannel.chatwoot.model.ContactInbox;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.Inbox;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.Sender;
import dev.omnichannel.core.webhook.DispatchingWebhookParser;
import dev.omnichannel.core.webhook.HmacSignatureVerifier;
import dev.omnichannel.core.webhook.JsonDocument;
import dev.omnichannel.core.webhook.SignatureEncoding;
import dev.omnichannel.core.webhook.SignedPayloadFormat;
import dev.omnichannel.core.webhook.WebhookParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Entry point for Chatwoot webhooks: {@link #parser()} turns a body into a {@link ChatwootEvent},
 * {@link #verifier(String, String...)} checks {@code X-Chatwoot-Signature}. Verify the raw bytes
 * first, then parse them.
 *
 * <pre>{@code
 * HmacSignatureVerifier verifier = ChatwootWebhooks.verifier(secret);
 * verifier.verify(body, headers);              // WebhookVerificationException -> 401
 * ChatwootEvent event = ChatwootWebhooks.parser().parse(body);
 * if (event instanceof ChatwootEvent.MessageCreated m) { ... }
 * }</pre>
 */
public final class ChatwootWebhooks {

  /** The signature header, {@code sha256=<lowercase hex>}. */
  public static final String SIGNATURE_HEADER = "X-Chatwoot-Signature";

  /** The header holding the send time in epoch seconds. */
  public static final String TIMESTAMP_HEADER = "X-Chatwoot-Timestamp";

  /** The delivery id header, stable across agent-bot retries (an idempotency key). */
  public static final String DELIVERY_HEADER = "X-Chatwoot-Delivery";

  private static final String AUTOMATION_PREFIX = "automation_event.";

  private static final WebhookParser<ChatwootEvent> PARSER = build(ChatwootJson.moshi());

  private ChatwootWebhooks() {}

  /**
   * The parser for every Chatwoot delivery channel (account webhooks, API-channel callbacks,
   * agent bots and automation or macro actions). It dispatches on the {@code event} field; names
   * it does not know become {@link ChatwootEvent.Unknown}, a body without {@code event} or that is
   * not a JSON object, or a known event with fields of the wrong type, fails with {@link
   * dev.omnichannel.core.WebhookParseException}. Unknown fields are skipped. Thread-safe.
   *
   * @return the shared parser
   */
  public static WebhookParser<ChatwootEvent> parser() {
    return PARSER;
  }

  /**
   * A verifier of {@code X-Chatwoot-Signature: sha256=<hex>}, an HMAC-SHA256 keyed with the
   * secret's UTF-8 bytes over {@code <X-Chatwoot-Timestamp>.<raw body>}. Both headers are
   * required (header names match ignoring case) and the timestamp must be within five minutes of
   * now, in either direction. Fails closed with {@link
   * dev.omnichannel.core.WebhookVerificationException}.
   *
   * @param secret the current secret (account webhook, API inbox or agent bot {@code secret})
   * @param olderSecrets secrets still accepted during a rotation
   * @return the verifier
   * @throws IllegalArgumentException when a secret is null or blank (values are never echoed)
   */
  public static HmacSignatureVerifier verifier(String secret, String... olderSecrets) {
    return verifier(Clock.systemUTC(), secret, olderSecrets);
  }

  /**
   * Like {@link #verifier(String, String...)} with a clock for the timestamp check (for tests).
   *
   * @param clock the clock
   * @param secret the current secret
   * @param olderSecrets secrets still accepted during a rotation
   * @return the verifier
   * @throws IllegalArgumentException when a secret is null or blank
   * @throws NullPointerException when clock is null
   */
  public static HmacSignatureVerifier verifier(Clock clock, String secret,
      String... olderSecrets) {
    Objects.requireNonNull(clock, "clock");
    List<String> secrets = new ArrayList<>();
    secrets.add(secret);
    if (olderSecrets != null) {
      for (String s : olderSecrets) {
        secrets.add(s);
      }
    }
    return HmacSignatureVerifier.builder()
        .secrets(secrets)
        .signatureHeader(SIGNATURE_HEADER)
        .signaturePrefix("sha256=")
        .encoding(SignatureEncoding.HEX)
        .timestampHeader(TIMESTAMP_HEADER)
        .signedPayload(SignedPayloadFormat.timestampDotBody())
        .tolerance(HmacSignatureVerifier.DEFAULT_TOLERANCE)
        .clock(clock)
        .build();
  }

  /** Builds the parser over a Moshi instance. Package-private for tests. */
  static WebhookParser<ChatwootEvent> build(Moshi moshi) {
    JsonAdapter<Conversation> conversation = moshi.adapter(Conversation.class);
    JsonAdapter<Message> message = moshi.adapter(Message.class);
    JsonAdapter<Contact> contact = moshi.adapter(Contact.class);
    JsonAdapter<Inbox> inbox = moshi.adapter(Inbox.class);
    JsonAdapter<ContactInbox> contactInbox = moshi.adapter(ContactInbox.class);
    JsonAdapter<Sender> sender = moshi.adapter(Sender.class);
    JsonAdapter<WebwidgetEventInfo> eventInfo = moshi.adapter(WebwidgetEventInfo.class);
    JsonAdapter<Boolean> bool = moshi.adapter(Boolean.class);
    JsonAdapter<List<ChangedAttribute>> changed = new ChangedAttributesAdapter();

    return DispatchingWebhookParser.<ChatwootEvent>builder()
        .discriminatorField("event")
        .on("conversation_created", d -> new ChatwootEvent.ConversationCreated(
            d.read(conversation), d.raw()))
        .on("conversation_updated", d -> new ChatwootEvent.ConversationUpdated(
            d.read(conversation), optional(d, changed, "changed_attributes"), d.raw()))
        .on("conversation_status_changed", d -> new ChatwootEvent.ConversationStatusChanged(
            d.read(conversation), optional(d, changed, "changed_attributes"), d.raw()))
        .on("conversation_opened", d -> new ChatwootEvent.ConversationOpened(
            d.read(conversation), d.raw()))
        .on("conversation_resolved", d -> new ChatwootEvent.ConversationResolved(
            d.read(conversation), d.raw()))
        .on("message_created", d -> new ChatwootEvent.MessageCreated(d.read(message), d.raw()))
        .on("message_updated", d -> new ChatwootEvent.MessageUpdated(d.read(message), d.raw()))
        .on("webwidget_triggered", d -> new ChatwootEvent.WebwidgetTriggered(
            d.read(contactInbox), optional(d, eventInfo, "event_info"), d.raw()))
        .on("contact_created", d -> new ChatwootEvent.ContactCreated(d.read(contact), d.raw()))
        .on("contact_updated", d -> new ChatwootEvent.ContactUpdated(
            d.read(contact), optional(d, changed, "changed_attributes"), d.raw()))
        .on("inbox_created", d -> new ChatwootEvent.InboxCreated(d.read(inbox), d.raw()))
        .on("inbox_updated", d -> new ChatwootEvent.InboxUpdated(
            d.read(inbox), optional(d, changed, "changed_attributes"), d.raw()))
        .on("conversation_typing_on", d -> new ChatwootEvent.ConversationTypingOn(
            optional(d, sender, "user"), optional(d, conversation, "conversation"),
            optional(d, bool, "is_private"), d.raw()))
        .on("conversation_typing_off", d -> new ChatwootEvent.ConversationTypingOff(
            optional(d, sender, "user"), optional(d, conversation, "conversation"),
            optional(d, bool, "is_private"), d.raw()))
        .on("macro.executed", d -> new ChatwootEvent.MacroExecuted(d.read(conversation), d.raw()))
        .unknown((name, d) -> name.startsWith(AUTOMATION_PREFIX)
            ? new ChatwootEvent.AutomationEvent(name, d.read(conversation), d.raw())
            : new ChatwootEvent.Unknown(name, d.raw()))
        .build();
  }

  private static <T> T optional(JsonDocument doc, JsonAdapter<T> adapter, String key) {
    return doc.has(key) ? doc.read(adapter, key) : null;
  }
}
