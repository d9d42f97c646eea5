package dev.omnichannel.chatwoot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.AttachmentFileType;
import dev.omnichannel.chatwoot.model.ContentType;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.ConversationPriority;
import dev.omnichannel.chatwoot.model.ConversationStatus;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.MessageStatus;
import dev.omnichannel.chatwoot.model.MessageType;
import dev.omnichannel.chatwoot.model.SenderType;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.AutomationEvent;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ContactCreated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ContactUpdated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationCreated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationOpened;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationResolved;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationStatusChanged;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationTypingOff;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationTypingOn;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.ConversationUpdated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.InboxCreated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.InboxUpdated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.MacroExecuted;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.MessageCreated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.MessageUpdated;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.Unknown;
import dev.omnichannel.chatwoot.webhook.ChatwootEvent.WebwidgetTriggered;
import dev.omnichannel.core.WebhookParseException;
import dev.omnichannel.core.webhook.WebhookParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatwootWebhookParserTest {

  private final WebhookParser<ChatwootEvent> parser = ChatwootWebhooks.parser();

  private ChatwootEvent parse(String fixture) {
    ChatwootEvent e = parser.parse(Fixtures.bytes(fixture));
    assertThat(e.raw()).isEqualTo(Fixtures.text(fixture));
    return e;
  }

  private static void assertFullConversation(Conversation c) {
    assertThat(c.id()).isEqualTo(314L);
    assertThat(c.inboxId()).isEqualTo(21L);
    assertThat(c.account().name()).isEqualTo("Nusantara Retail");
    assertThat(c.channel()).isEqualTo("Channel::Whatsapp");
    assertThat(c.contactInbox().sourceId()).isEqualTo("wa-6281234567890");
    assertThat(c.contactInbox().hmacVerified()).isFalse();
    assertThat(c.meta().sender().kind()).isEqualTo(SenderType.CONTACT);
    assertThat(c.meta().sender().companyId()).isEqualTo(77L);
    assertThat(c.createdAt()).isEqualTo(Instant.ofEpochSecond(1772330584));
    assertThat(c.updatedAt()).isEqualTo(Instant.ofEpochSecond(1772330701, 125_000_000));
    assertThat(c.waitingSince()).as("0 means unset").isNull();
    assertThat(c.contactLastSeenAt()).isNull();
    assertThat(c.firstReplyCreatedAt()).isEqualTo(Instant.parse("2026-03-01T02:05:00.250Z"));
    assertThat(c.customAttributes()).containsEntry("order_id", "ORD-55120");
  }

  @Test
  void conversationCreated() {
    ConversationCreated e = (ConversationCreated) parse("conversation_created.json");
    assertThat(e.event()).isEqualTo("conversation_created");
    assertThat(e.conversation().status()).isEqualTo(ConversationStatus.PENDING);
    assertThat(e.conversation().priority()).isNull();
    assertThat(e.conversation().messages()).isEmpty();
    assertThat(e.conversation().labels()).isEmpty();
    assertThat(e.conversation().meta().assignee()).isNull();
    assertThat(e.conversation().meta().team()).isNull();
  }

  @Test
  void conversationUpdatedWithChangedAttributes() {
    ConversationUpdated e = (ConversationUpdated) parse("conversation_updated.json");
    Conversation c = e.conversation();
    assertFullConversation(c);
    assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(c.priority()).isEqualTo(ConversationPriority.URGENT);
    assertThat(c.labels()).containsExactly("delivery", "vip");
    assertThat(c.meta().assignee().kind()).isEqualTo(SenderType.USER);
    assertThat(c.meta().assignee().availableName()).isEqualTo("Budi");
    assertThat(c.meta().assigneeType()).isEqualTo("User");
    assertThat(c.meta().team().name()).isEqualTo("Logistics");
    assertThat(c.slaPolicyId()).isEqualTo(2L);
    assertThat(c.appliedSla()).containsEntry("sla_name", "Gold 30m");
    assertThat(c.slaEvents()).hasSize(1);

    List<ChangedAttribute> ch = e.changedAttributes();
    assertThat(ch).extracting(ChangedAttribute::name).containsExactly(
        "assignee_id", "label_list", "custom_attributes", "status", "updated_at");
    assertThat(ch.get(0).previousValue()).isNull();
    assertThat(ch.get(0).currentText()).isEqualTo("501");
    assertThat(ch.get(0).currentJson()).isEqualTo("501");
    assertThat(ch.get(1).previousValue()).isEqualTo(List.of("delivery"));
    assertThat(ch.get(1).currentValue()).isEqualTo(List.of("delivery", "vip"));
    assertThat(ch.get(1).currentText()).isNull();
    assertThat(ch.get(2).currentValue()).isEqualTo(Map.of("order_id", "ORD-55120"));
    assertThat(ch.get(3).previousText()).isEqualTo("pending");
    assertThat(ch.get(3).currentValue()).isEqualTo("open");
  }

  @Test
  void nestedPushMessageUsesIntegerTypeAndEpochTimes() {
    Conversation c = ((ConversationUpdated) parse("conversation_updated.json")).conversation();
    Message m = c.messages().get(0);
    assertThat(m.messageType()).isEqualTo(MessageType.INCOMING);
    assertThat(m.createdAt()).isEqualTo(Instant.ofEpochSecond(1772330600));
    assertThat(m.updatedAt()).isEqualTo(Instant.parse("2026-03-01T02:03:21.118Z"));
    assertThat(m.status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(m.senderType()).isEqualTo("Contact");
    assertThat(m.senderId()).isEqualTo(9001L);
    assertThat(m.conversationId()).isEqualTo(314L);
    assertThat(m.conversation().assigneeId()).isEqualTo(501L);
    assertThat(m.conversation().contactInbox().sourceId()).isEqualTo("wa-6281234567890");
    assertThat(m.sender().type()).isEqualTo(SenderType.CONTACT);
  }

  @Test
  void conversationStatusChangedWithNullChangedAttributes() {
    ConversationStatusChanged e =
        (ConversationStatusChanged) parse("conversation_status_changed.json");
    assertThat(e.event()).isEqualTo("conversation_status_changed");
    assertThat(e.conversation().status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(e.changedAttributes()).isEmpty();
  }

  @Test
  void conversationOpenedWithBotAssignee() {
    ConversationOpened e = (ConversationOpened) parse("conversation_opened.json");
    assertThat(e.event()).isEqualTo("conversation_opened");
    assertThat(e.conversation().meta().assignee().kind()).isEqualTo(SenderType.AGENT_BOT);
    assertThat(e.conversation().meta().assigneeType()).isEqualTo("AgentBot");
  }

  @Test
  void conversationResolved() {
    ConversationResolved e = (ConversationResolved) parse("conversation_resolved.json");
    assertThat(e.event()).isEqualTo("conversation_resolved");
    assertFullConversation(e.conversation());
    assertThat(e.conversation().status()).isEqualTo(ConversationStatus.RESOLVED);
  }

  @Test
  void messageCreatedFromContactWithAttachments() {
    MessageCreated e = (MessageCreated) parse("message_created.json");
    Message m = e.message();
    assertThat(e.event()).isEqualTo("message_created");
    assertThat(m.id()).isEqualTo(88001L);
    assertThat(m.messageType()).isEqualTo(MessageType.INCOMING);
    assertThat(m.contentType()).isEqualTo(ContentType.TEXT);
    assertThat(m.content()).isEqualTo("Pesanan saya belum sampai");
    assertThat(m.isPrivate()).isFalse();
    assertThat(m.sourceId()).isEqualTo("wamid.HBgM0001");
    assertThat(m.createdAt()).isEqualTo(Instant.parse("2026-03-01T02:03:20.118Z"));
    assertThat(m.inbox().name()).isEqualTo("WhatsApp Toko");
    assertThat(m.account().id()).isEqualTo(42L);
    assertThat(m.status()).as("not in the message root").isNull();
    assertThat(m.sender().type()).as("contact webhook form has no type").isNull();
    assertThat(m.sender().kind()).isEqualTo(SenderType.CONTACT);
    assertThat(m.sender().identifier()).isEqualTo("cust-7731");
    assertThat(m.sender().account().id()).isEqualTo(42L);
    assertThat(m.attachments()).hasSize(2);
    assertThat(m.attachments().get(0).fileType()).isEqualTo(AttachmentFileType.IMAGE);
    assertThat(m.attachments().get(0).fileSize()).isEqualTo(120456L);
    assertThat(m.attachments().get(0).width()).isEqualTo(800);
    assertThat(m.attachments().get(1).fileType()).isEqualTo(AttachmentFileType.LOCATION);
    assertThat(m.attachments().get(1).coordinatesLat()).isEqualTo(-6.914744);
    assertThat(m.attachments().get(1).fallbackTitle()).isEqualTo("Jl. Asia Afrika, Bandung");
    assertFullConversation(m.conversation());
  }

  @Test
  void messageUpdatedFromUserWithoutAttachments() {
    MessageUpdated e = (MessageUpdated) parse("message_updated.json");
    Message m = e.message();
    assertThat(e.event()).isEqualTo("message_updated");
    assertThat(m.messageType()).isEqualTo(MessageType.OUTGOING);
    assertThat(m.attachments()).isEmpty();
    assertThat(m.sourceId()).isNull();
    assertThat(m.contentAttributes()).containsEntry("deleted", true);
    assertThat(m.sender().kind()).isEqualTo(SenderType.USER);
    assertThat(m.sender().email()).isEqualTo("budi@nusantara.example");
  }

  @Test
  void messageCreatedFromAgentBot() {
    Message m = ((MessageCreated) parse("message_created_agent_bot.json")).message();
    assertThat(m.messageType()).isEqualTo(MessageType.TEMPLATE);
    assertThat(m.contentType()).isEqualTo(ContentType.INPUT_SELECT);
    assertThat(m.sender().kind()).isEqualTo(SenderType.AGENT_BOT);
    assertThat(m.sender().name()).isEqualTo("Order Bot");
    assertThat((List<?>) m.contentAttributes().get("items")).hasSize(2);
  }

  @Test
  void messageCreatedWithNullSenderAndContent() {
    Message m = ((MessageCreated) parse("message_created_null_sender.json")).message();
    assertThat(m.sender()).isNull();
    assertThat(m.content()).isNull();
    assertThat(m.isPrivate()).isTrue();
    assertThat(m.attachments()).isEmpty();
  }

  @Test
  void webwidgetTriggered() {
    WebwidgetTriggered e = (WebwidgetTriggered) parse("webwidget_triggered.json");
    assertThat(e.event()).isEqualTo("webwidget_triggered");
    assertThat(e.contactInbox().id()).isEqualTo(3300L);
    assertThat(e.contactInbox().sourceId()).isEqualTo("3b7f0a52-1d6e-4a8b-9c1e-52f0d6a7b8c9");
    assertThat(e.contactInbox().contact().name()).isEqualTo("guest-blue-917");
    assertThat(e.contactInbox().contact().email()).isNull();
    assertThat(e.contactInbox().inbox().id()).isEqualTo(22L);
    assertThat(e.contactInbox().account().id()).isEqualTo(42L);
    assertThat(e.contactInbox().currentConversation().id()).isEqualTo(314L);
    assertThat(e.eventInfo().widgetLanguage()).isEqualTo("id");
    assertThat(e.eventInfo().browserLanguage()).isEqualTo("id-ID");
    assertThat(e.eventInfo().referer()).isEqualTo("https://toko.example/checkout");
    assertThat(e.eventInfo().browser()).containsEntry("browser_name", "Chrome");
    assertThat(e.eventInfo().initiatedAt().get("timestamp")).asString().startsWith("Sun Mar 01");
    assertThat(e.contactInbox().toString()).doesNotContain("pubsub");
  }

  @Test
  void contactCreated() {
    ContactCreated e = (ContactCreated) parse("contact_created.json");
    assertThat(e.event()).isEqualTo("contact_created");
    assertThat(e.contact().id()).isEqualTo(9001L);
    assertThat(e.contact().name()).isEqualTo("guest-blue-917");
    assertThat(e.contact().identifier()).isNull();
    assertThat(e.contact().blocked()).isFalse();
    assertThat(e.contact().avatar()).isEmpty();
    assertThat(e.contact().customAttributes()).containsEntry("tier", "gold");
  }

  @Test
  void contactUpdated() {
    ContactUpdated e = (ContactUpdated) parse("contact_updated.json");
    assertThat(e.contact().name()).isEqualTo("Sari Wulandari");
    assertThat(e.contact().phoneNumber()).isEqualTo("+6281234567890");
    assertThat(e.changedAttributes()).extracting(ChangedAttribute::name)
        .containsExactly("name", "phone_number", "last_activity_at");
    assertThat(e.changedAttributes().get(0).previousText()).isEqualTo("guest-blue-917");
    assertThat(e.changedAttributes().get(1).previousJson()).isEqualTo("null");
  }

  @Test
  void inboxCreated() {
    InboxCreated e = (InboxCreated) parse("inbox_created.json");
    assertThat(e.event()).isEqualTo("inbox_created");
    assertThat(e.inbox().id()).as("inbox webhooks carry no inbox id").isNull();
    assertThat(e.inbox().timezone()).isEqualTo("Asia/Jakarta");
    assertThat(e.inbox().lockToSingleConversation()).isTrue();
    assertThat(e.inbox().workingHours()).hasSize(2);
    assertThat(e.inbox().workingHours().get(0).closedAllDay()).isTrue();
    assertThat(e.inbox().workingHours().get(1).openHour()).isEqualTo(8);
    assertThat(e.inbox().channel()).containsEntry("provider", "whatsapp_cloud");
    assertThat(e.inbox().account().id()).isEqualTo(42L);
    assertThat(e.toString()).doesNotContain("fixture-not-a-secret");
  }

  @Test
  void inboxUpdated() {
    InboxUpdated e = (InboxUpdated) parse("inbox_updated.json");
    assertThat(e.inbox().timezone()).isEqualTo("Asia/Makassar");
    assertThat(e.changedAttributes().get(0).name()).isEqualTo("timezone");
    assertThat(e.changedAttributes().get(0).previousText()).isEqualTo("Asia/Jakarta");
    assertThat(e.toString()).doesNotContain("fixture-not-a-secret");
  }

  @Test
  void typingOnByUser() {
    ConversationTypingOn e = (ConversationTypingOn) parse("conversation_typing_on.json");
    assertThat(e.event()).isEqualTo("conversation_typing_on");
    assertThat(e.user().kind()).isEqualTo(SenderType.USER);
    assertThat(e.isPrivate()).isTrue();
    assertFullConversation(e.conversation());
  }

  @Test
  void typingOffByContact() {
    ConversationTypingOff e = (ConversationTypingOff) parse("conversation_typing_off.json");
    assertThat(e.event()).isEqualTo("conversation_typing_off");
    assertThat(e.user().type()).isNull();
    assertThat(e.user().kind()).isEqualTo(SenderType.CONTACT);
    assertThat(e.isPrivate()).isFalse();
  }

  @Test
  void automationEventKeepsFullName() {
    AutomationEvent e = (AutomationEvent) parse("automation_event.json");
    assertThat(e.event()).isEqualTo("automation_event.message_created");
    assertThat(e.ruleEvent()).isEqualTo("message_created");
    assertFullConversation(e.conversation());
  }

  @Test
  void macroExecuted() {
    MacroExecuted e = (MacroExecuted) parse("macro_executed.json");
    assertThat(e.event()).isEqualTo("macro.executed");
    assertThat(e.conversation().id()).isEqualTo(314L);
  }

  @Test
  void unknownEventKeepsNameAndRaw() {
    Unknown e = (Unknown) parse("unknown_account_created.json");
    assertThat(e.event()).isEqualTo("account_created");
    assertThat(e.raw()).contains("New Tenant");
  }

  @Test
  void stringBodyParsesLikeBytes() {
    ChatwootEvent e = parser.parse(Fixtures.text("message_created.json"));
    assertThat(e).isInstanceOf(MessageCreated.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"incoming\":INCOMING", "0:INCOMING", "\"outgoing\":OUTGOING",
      "1:OUTGOING", "\"activity\":ACTIVITY", "2:ACTIVITY", "\"template\":TEMPLATE", "3:TEMPLATE"})
  void messageTypeAsStringOrInteger(String pair) {
    String wire = pair.substring(0, pair.lastIndexOf(':'));
    String expected = pair.substring(pair.lastIndexOf(':') + 1);
    Message m = ((MessageCreated) parser.parse(
        "{\"event\":\"message_created\",\"id\":1,\"message_type\":" + wire + "}")).message();
    assertThat(m.messageType()).isEqualTo(
        MessageType.known().stream().filter(t -> t.value().equals(expected.toLowerCase()))
            .findFirst().orElseThrow());
    assertThat(m.messageType().isKnown()).isTrue();
  }

  @Test
  void unknownEnumValuesAreKept() {
    Message m = ((MessageCreated) parser.parse("{\"event\":\"message_created\","
        + "\"message_type\":7,\"content_type\":\"hologram\",\"sender\":{\"type\":\"robot\"}}"))
        .message();
    assertThat(m.messageType().value()).isEqualTo("7");
    assertThat(m.messageType().isKnown()).isFalse();
    assertThat(m.contentType().value()).isEqualTo("hologram");
    assertThat(m.sender().kind().value()).isEqualTo("robot");
  }

  // ---- bad inputs: WebhookParseException or Unknown, never NPE ----

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "{", "{\"event\":\"message_created\"", "[]",
      "[{\"event\":\"message_created\"}]", "\"message_created\"", "null", "42", "not json",
      "{\"id\":1}", "{\"event\":null}", "{\"event\":\"\"}", "{\"event\":{}}", "{\"event\":[]}",
      "{\"event\":\"message_created\"} trailing",
      "{\"event\":\"message_created\",\"id\":\"abc\"}",
      "{\"event\":\"message_created\",\"id\":1e400}",
      "{\"event\":\"message_created\",\"id\":123456789012345678901234567890}",
      "{\"event\":\"message_created\",\"sender\":\"someone\"}",
      "{\"event\":\"message_created\",\"attachments\":{}}",
      "{\"event\":\"message_created\",\"created_at\":\"yesterday\"}",
      "{\"event\":\"message_created\",\"private\":\"maybe\"}",
      "{\"event\":\"conversation_created\",\"labels\":\"vip\"}",
      "{\"event\":\"conversation_created\",\"meta\":[]}",
      "{\"event\":\"conversation_created\",\"unread_count\":99999999999999}",
      "{\"event\":\"conversation_updated\",\"changed_attributes\":\"status\"}",
      "{\"event\":\"conversation_updated\",\"changed_attributes\":[1]}",
      "{\"event\":\"conversation_updated\",\"changed_attributes\":[{\"status\":5}]}",
      "{\"event\":\"contact_created\",\"id\":true}",
      "{\"event\":\"inbox_updated\",\"working_hours\":[\"mon\"]}",
      "{\"event\":\"conversation_typing_on\",\"user\":[],\"conversation\":{}}",
      "{\"event\":\"conversation_typing_on\",\"is_private\":\"yes\"}",
      "{\"event\":\"webwidget_triggered\",\"event_info\":\"x\"}",
      "{\"event\":\"automation_event.x\",\"id\":\"abc\"}"})
  void badInputsFailCleanly(String body) {
    assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WebhookParseException.class)
        .isNotInstanceOf(NullPointerException.class)
        .satisfies(t -> assertThat(t.getMessage()).isNotBlank());
  }

  @Test
  void nullAndMissingBodiesFail() {
    assertThatThrownBy(() -> parser.parse((byte[]) null))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> parser.parse((String) null))
        .isInstanceOf(WebhookParseException.class);
  }

  @Test
  void truncatedFixturesFail() {
    for (String name : Fixtures.ALL) {
      byte[] full = Fixtures.bytes(name);
      for (int cut : new int[] {1, full.length / 3, full.length / 2, full.length - 3}) {
        byte[] part = java.util.Arrays.copyOf(full, cut);
        assertThatThrownBy(() -> parser.parse(part)).as(name + " cut at " + cut)
            .isInstanceOf(WebhookParseException.class);
      }
    }
  }

  @Test
  void errorKeepsRawBody() {
    byte[] body = "{\"event\":\"message_created\",\"id\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(body))
        .isInstanceOfSatisfying(WebhookParseException.class,
            e -> assertThat(e.rawBody()).isEqualTo(body))
        .hasMessageContaining("message_created");
  }

  @ParameterizedTest
  @ValueSource(strings = {"message_created", "message_updated", "conversation_created",
      "conversation_updated", "conversation_status_changed", "conversation_opened",
      "conversation_resolved", "webwidget_triggered", "contact_created", "contact_updated",
      "inbox_created", "inbox_updated", "conversation_typing_on", "conversation_typing_off",
      "automation_event.conversation_updated", "macro.executed"})
  void nullsEverywhere(String event) {
    String body = "{\"event\":\"" + event + "\",\"id\":null,\"account\":null,\"inbox\":null,"
        + "\"conversation\":null,\"sender\":null,\"content\":null,\"message_type\":null,"
        + "\"content_type\":null,\"content_attributes\":null,\"attachments\":null,"
        + "\"messages\":null,\"labels\":null,\"meta\":null,\"status\":null,\"priority\":null,"
        + "\"contact_inbox\":null,\"created_at\":null,\"updated_at\":null,\"user\":null,"
        + "\"is_private\":null,\"changed_attributes\":null,\"contact\":null,"
        + "\"current_conversation\":null,\"event_info\":null,\"working_hours\":null,"
        + "\"channel\":null,\"private\":null,\"sla_events\":null}";
    ChatwootEvent e = parser.parse(body);
    assertThat(e.event()).isEqualTo(event);
    assertThat(e.toString()).isNotNull();
    if (e instanceof MessageCreated m) {
      assertThat(m.message().attachments()).isEmpty();
      assertThat(m.message().sender()).isNull();
    } else if (e instanceof ConversationUpdated c) {
      assertThat(c.conversation().messages()).isEmpty();
      assertThat(c.conversation().labels()).isEmpty();
      assertThat(c.changedAttributes()).isEmpty();
    }
  }

  @Test
  void nullElementsInsideListsAreTolerated() {
    ChatwootEvent e = parser.parse("{\"event\":\"conversation_updated\",\"messages\":[null],"
        + "\"labels\":[null],\"changed_attributes\":[null,{\"status\":null}]}");
    ConversationUpdated c = (ConversationUpdated) e;
    assertThat(c.changedAttributes()).hasSize(1);
    assertThat(c.changedAttributes().get(0).previousValue()).isNull();
    assertThat(c.changedAttributes().get(0).currentValue()).isNull();
  }

  @Test
  void emptyObjectsAndMissingFieldsReadAsNull() {
    ConversationTypingOn e = (ConversationTypingOn) parser.parse(
        "{\"event\":\"conversation_typing_on\"}");
    assertThat(e.user()).isNull();
    assertThat(e.conversation()).isNull();
    assertThat(e.isPrivate()).isNull();
    WebwidgetTriggered w = (WebwidgetTriggered) parser.parse("{\"event\":\"webwidget_triggered\"}");
    assertThat(w.eventInfo()).isNull();
    assertThat(w.contactInbox().contact()).isNull();
  }

  @Test
  void hugeNumbersInOpenMapsAndIdsAsStrings() {
    Message m = ((MessageCreated) parser.parse("{\"event\":\"message_created\","
        + "\"id\":\"9007199254740993\",\"source_id\":12345678901234567890,"
        + "\"content_attributes\":{\"n\":1e308}}")).message();
    assertThat(m.id()).isEqualTo(9007199254740993L);
    assertThat(m.sourceId()).isEqualTo("12345678901234567890");
    assertThat(m.contentAttributes()).containsKey("n");
  }

  @Test
  void changedAttributesKeepExactNumbers() {
    ConversationUpdated e = (ConversationUpdated) parser.parse("{\"event\":\"conversation_updated\","
        + "\"changed_attributes\":[{\"big\":{\"previous_value\":12345678901234567890,"
        + "\"current_value\":0.1,\"extra\":true}}]}");
    ChangedAttribute a = e.changedAttributes().get(0);
    assertThat(a.previousText()).isEqualTo("12345678901234567890");
    assertThat(a.currentText()).isEqualTo("0.1");
  }

  @Test
  void changedAttributesAsSingleObjectAreReadLeniently() {
    ContactUpdated e = (ContactUpdated) parser.parse("{\"event\":\"contact_updated\","
        + "\"changed_attributes\":{\"name\":{\"previous_value\":\"a\",\"current_value\":\"b\"},"
        + "\"email\":{\"current_value\":\"x@y.z\"}}}");
    assertThat(e.changedAttributes()).extracting(ChangedAttribute::name)
        .containsExactly("name", "email");
    assertThat(e.changedAttributes().get(1).previousValue()).isNull();
  }
}
