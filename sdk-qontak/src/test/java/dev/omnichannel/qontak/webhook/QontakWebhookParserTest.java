package dev.omnichannel.qontak.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.Channel;
import dev.omnichannel.qontak.model.Message;
import dev.omnichannel.qontak.model.MessageStatus;
import dev.omnichannel.qontak.model.MessageType;
import dev.omnichannel.qontak.model.ParticipantType;
import dev.omnichannel.qontak.model.Room;
import dev.omnichannel.qontak.model.RoomSession;
import dev.omnichannel.qontak.model.RoomStatus;
import dev.omnichannel.qontak.model.SenderType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture parses to the right record; the seed's three bodies are the legacy_* ones. */
class QontakWebhookParserTest {

  private static final String ROOM_ID = "a1b2c3d4-1111-4222-8333-944455556666";
  private static final String ORG = "0b7f3c2e-5a41-4c8e-9d2a-6f1e2b3c4d5e";
  private static final String INTEGRATION = "c0ffee00-2222-4333-8444-955566667777";
  private static final String AGENT = "9a8b7c6d-5555-4666-8777-988899990000";

  static QontakEvent parse(String fixture) {
    return QontakWebhooks.parser().parse(Fixtures.bytes(fixture));
  }

  static java.util.List<String> fixtures() {
    return Fixtures.ALL;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureParsesAndKeepsTheRawBody(String name) {
    QontakEvent e = parse(name);
    assertThat(e.raw()).isEqualTo(Fixtures.text(name));
    assertThat(e instanceof QontakEvent.Unknown).isEqualTo(name.startsWith("unknown_"));
    if (name.startsWith("legacy_")) {
      assertThat(e.webhookEvent()).isNull();
      assertThat(e.dataEvent()).isNull();
    }
  }

  private static void assertSeedRoom(Room r, RoomStatus status, int unread) {
    assertThat(r.id()).isEqualTo(ROOM_ID);
    assertThat(r.name()).isEqualTo("Siti Rahma");
    assertThat(r.description()).isEmpty();
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.type()).isEqualTo("Models::CustomerServiceRoom");
    assertThat(r.tags()).isEmpty();
    assertThat(r.channel()).isEqualTo(Channel.WA);
    assertThat(r.channelAccount()).isEqualTo("Toko Kopi Sore");
    assertThat(r.organizationId()).isEqualTo(ORG);
    assertThat(r.accountUniqId()).isEqualTo("6281299990001");
    assertThat(r.channelIntegrationId()).isEqualTo(INTEGRATION);
    assertThat(r.session()).isEqualTo(RoomSession.OPEN);
    assertThat(r.sessionAt()).isEqualTo(Instant.parse("2024-02-10T08:00:01Z"));
    assertThat(r.unreadCount()).isEqualTo(unread);
    assertThat(r.createdAt()).isEqualTo(Instant.parse("2024-02-10T07:59:58.500Z"));
    assertThat(r.avatar()).isNull();
    assertThat(r.externalId()).isNull();
    assertThat(r.agentIds()).isEmpty();
  }

  // --- the seed's bodies (no webhook_event / data_event): classified by shape ---

  @Test
  void seedCustomerMessage() {
    QontakEvent e = parse("legacy_customer_message.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageFromCustomer.class);
    Message m = ((QontakEvent.MessageFromCustomer) e).message();
    assertThat(m.id()).isEqualTo("e1e2e3e4-0001-4000-8000-000000000001");
    assertThat(m.type()).isEqualTo(MessageType.TEXT);
    assertThat(m.roomId()).isEqualTo(ROOM_ID);
    assertThat(m.isCampaign()).isFalse();
    assertThat(m.senderId()).isEqualTo("5e6f7a8b-3333-4444-8555-966677778888");
    assertThat(m.senderType()).isEqualTo(SenderType.CONTACT);
    assertThat(m.sender().name()).isEqualTo("Siti Rahma");
    assertThat(m.sender().avatar()).isNull();
    assertThat(m.participantId()).isEqualTo("7d8e9f00-4444-4555-8666-977788889999");
    assertThat(m.participantType()).isEqualTo(ParticipantType.CUSTOMER);
    assertThat(m.organizationId()).isEqualTo(ORG);
    assertThat(m.text()).isEqualTo("halo, kopinya ready?");
    assertThat(m.status()).isEqualTo(MessageStatus.CREATED);
    assertThat(m.externalId()).isEqualTo("wamid.LEGACYCUSTOMER0001");
    assertThat(m.externalIdOrNull()).isEqualTo("wamid.LEGACYCUSTOMER0001");
    assertThat(m.localId()).isNull();
    assertThat(m.reply()).isNull();
    assertThat(m.createdAt()).isEqualTo(Instant.parse("2024-02-10T08:00:01Z"));
    assertSeedRoom(m.room(), RoomStatus.UNASSIGNED, 1);
    assertThat(m.room().updatedAt()).isEqualTo(Instant.parse("2024-02-10T08:00:05.120Z"));
  }

  @Test
  void seedAgentStatusReadIsAStatusChangeWithAvatarObject() {
    QontakEvent e = parse("legacy_agent_status_read.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageStatusChanged.class);
    QontakEvent.MessageStatusChanged s = (QontakEvent.MessageStatusChanged) e;
    assertThat(s.status()).isEqualTo(MessageStatus.READ);
    Message m = s.message();
    assertThat(m.id()).isEqualTo("e1e2e3e4-0002-4000-8000-000000000002");
    assertThat(m.senderType()).isEqualTo(SenderType.USER);
    assertThat(m.participantType()).isEqualTo(ParticipantType.AGENT);
    assertThat(m.sender().name()).isEqualTo("Dewi Agent");
    assertThat(m.sender().avatar()).isInstanceOf(Map.class);
    Map<?, ?> avatar = (Map<?, ?>) m.sender().avatar();
    assertThat(avatar.get("url")).isEqualTo("https://cdn.example.test/avatars/agent-dewi.png");
    assertThat(((Map<?, ?>) avatar.get("small")).get("url"))
        .isEqualTo("https://cdn.example.test/avatars/agent-dewi-s.png");
    assertThat(avatar.get("filename")).isNull();
    assertThat(m.text()).isEqualTo("Ready kak, mau pesan berapa?");
    assertThat(m.externalIdOrNull()).isEqualTo("wamid.LEGACYAGENT0002");
    assertThat(m.createdAt()).isEqualTo(Instant.parse("2024-02-10T08:03:10.250Z"));
    assertSeedRoom(m.room(), RoomStatus.ASSIGNED, 0);
  }

  @Test
  void seedBroadcastSentIsAStatusChangeFromTheBot() {
    QontakEvent e = parse("legacy_broadcast_status_sent.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageStatusChanged.class);
    Message m = ((QontakEvent.MessageEvent) e).message();
    assertThat(m.status()).isEqualTo(MessageStatus.SENT);
    assertThat(m.isCampaign()).isTrue();
    assertThat(m.senderType()).isEqualTo(SenderType.SYSTEM_ACCOUNT);
    assertThat(m.participantType()).isEqualTo(ParticipantType.BOT);
    assertThat(m.sender().name()).isEqualTo("Bot");
    assertThat(m.text()).startsWith("Halo Siti,\nPromo kopi susu").endsWith("-Toko Kopi Sore");
    assertThat(m.externalId()).isEqualTo("wamid.LEGACYBROADCAST0003");
    assertSeedRoom(m.room(), RoomStatus.ASSIGNED, 0);
  }

  @Test
  void legacyAgentMessageWithStatusCreatedIsFromAgentWithFile() {
    QontakEvent e = parse("legacy_agent_image_created.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageFromAgent.class);
    Message m = ((QontakEvent.MessageFromAgent) e).message();
    assertThat(m.status()).isEqualTo(MessageStatus.CREATED);
    assertThat(m.externalIdOrNull()).isNull();
    assertThat(m.file()).containsEntry("filename", "menu.jpg").containsEntry("size", 20481.0);
    assertThat(m.fileUniqId()).isEqualTo("menu-0006");
  }

  @Test
  void legacyBroadcastLogByShape() {
    QontakEvent e = parse("legacy_broadcast_log_failed.json");
    assertThat(e).isInstanceOf(QontakEvent.BroadcastLogStatus.class);
    BroadcastLog log = ((QontakEvent.BroadcastLogStatus) e).log();
    assertThat(log.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(log.whatsappMessageId()).isEqualTo("n/a");
    assertThat(log.whatsappError()).contains("132001");
    assertThat(log.messagesResponse()).containsKey("errors");
    assertThat(((QontakEvent.BroadcastLogStatus) e).trId()).isNull();
  }

  @Test
  void legacyResolvedRoomByShape() {
    QontakEvent e = parse("legacy_room_resolved.json");
    assertThat(e).isInstanceOf(QontakEvent.RoomResolved.class);
    QontakEvent.RoomResolved r = (QontakEvent.RoomResolved) e;
    assertThat(r.room().status()).isEqualTo(RoomStatus.RESOLVED);
    assertThat(r.room().resolvedAt()).isEqualTo(Instant.parse("2024-02-11T09:00:00Z"));
    assertThat(r.room().resolvedById()).isEqualTo(AGENT);
    assertThat(r.lastMessageJson()).isNull();
    assertThat(r.emailCc()).isNull();
    assertThat(r.isManualSurvey()).isNull();
  }

  // --- bodies with discriminators ---

  @Test
  void customerMessageWithDiscriminatorAndEmptyExternalId() {
    QontakEvent e = parse("customer_message.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageFromCustomer.class);
    assertThat(e.webhookEvent()).isEqualTo("message_interaction");
    assertThat(e.dataEvent()).isEqualTo("receive_message_from_customer");
    Message m = ((QontakEvent.MessageEvent) e).message();
    assertThat(m.externalId()).isEmpty();
    assertThat(m.externalIdOrNull()).isNull();
    assertThat(m.text()).isEqualTo("jam buka sampai kapan?");
  }

  @Test
  void agentMessage() {
    QontakEvent e = parse("agent_message.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageFromAgent.class);
    assertThat(e.dataEvent()).isEqualTo("receive_message_from_agent");
    Message m = ((QontakEvent.MessageEvent) e).message();
    assertThat(m.externalId()).isNull();
    assertThat(m.channelIntegration()).containsEntry("id", INTEGRATION)
        .containsEntry("target_channel", "wa");
    assertThat(m.isEdited()).isFalse();
    assertThat(m.file()).isNull();
  }

  @Test
  void statusMessage() {
    QontakEvent e = parse("status_message_delivered.json");
    assertThat(e).isInstanceOf(QontakEvent.MessageStatusChanged.class);
    assertThat(e.dataEvent()).isEqualTo("status_message");
    assertThat(((QontakEvent.MessageStatusChanged) e).status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(((QontakEvent.MessageEvent) e).message().id())
        .isEqualTo("e1e2e3e4-0005-4000-8000-000000000005");
  }

  @Test
  void broadcastLogStatus() {
    QontakEvent e = parse("broadcast_log_status.json");
    assertThat(e).isInstanceOf(QontakEvent.BroadcastLogStatus.class);
    QontakEvent.BroadcastLogStatus b = (QontakEvent.BroadcastLogStatus) e;
    assertThat(b.trId()).isEqualTo("tr-20240210-0001");
    assertThat(b.dataEvent()).isEqualTo("broadcast_log_status");
    BroadcastLog log = b.log();
    assertThat(log.id()).isEqualTo("b10b10b1-0001-4000-8000-00000000b001");
    assertThat(log.organizationId()).isEqualTo(ORG);
    assertThat(log.messagesBroadcastId()).isEqualTo("bbbbcccc-0001-4000-8000-0000000000bc");
    assertThat(log.contactPhoneNumber()).isEqualTo("6281299990001");
    assertThat(log.contactFullName()).isEqualTo("Siti Rahma");
    assertThat(log.status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(log.whatsappMessageId()).isEqualTo("wamid.BROADCASTLOG0001");
    assertThat(log.whatsappError()).isNull();
    assertThat(log.messagesResponse()).containsKey("delivered");
    assertThat(log.messages()).containsKey("body");
    assertThat(log.createdAt()).isEqualTo(Instant.parse("2024-02-10T09:15:00Z"));
    assertThat(log.isPacing()).isFalse();
    assertThat(log.channelIntegrationId()).isEqualTo(INTEGRATION);
  }

  @Test
  void roomCreatedWithExtras() {
    QontakEvent e = parse("room_created.json");
    assertThat(e).isInstanceOf(QontakEvent.RoomCreated.class);
    QontakEvent.RoomCreated r = (QontakEvent.RoomCreated) e;
    assertThat(r.dataEvent()).isEqualTo("room_created");
    assertThat(r.webhookEvent()).isNull();
    Room room = r.room();
    assertThat(room.channel()).isEqualTo(Channel.WA_CLOUD);
    assertThat(room.status()).isEqualTo(RoomStatus.UNASSIGNED);
    assertThat(room.externalId()).isEmpty();
    assertThat(room.avatar()).isInstanceOf(Map.class);
    assertThat(room.extra()).containsEntry("is_participant_online", false);
    assertThat(room.isUnresponded()).isTrue();
    assertThat(room.isDontAutoResolve()).isFalse();
    assertThat(room.lastMessageAt()).isEqualTo(Instant.parse("2024-02-11T08:26:40Z"));
    assertThat(room.lastMessage()).containsEntry("text", "mau order 2");
    assertThat(r.isManualSurvey()).isFalse();
    assertThat(r.emailCc()).isNull();
    // the raw text keeps every digit of long numeric strings and numbers alike
    assertThat(r.lastMessageJson()).startsWith("{").contains("\"123456789012345678901\"")
        .contains("wamid.MEKARIROOM0007");
  }

  @Test
  void roomUpdatedAddAgent() {
    QontakEvent e = parse("room_updated_add_agent.json");
    assertThat(e).isInstanceOf(QontakEvent.RoomUpdated.class);
    assertThat(e.dataEvent()).isEqualTo("add_agent");
    Room room = ((QontakEvent.RoomEvent) e).room();
    assertThat(room.status()).isEqualTo(RoomStatus.ASSIGNED);
    assertThat(room.agentIds()).containsExactly(AGENT);
  }

  @Test
  void roomResolvedWithDiscriminator() {
    QontakEvent e = parse("room_resolved.json");
    assertThat(e).isInstanceOf(QontakEvent.RoomResolved.class);
    QontakEvent.RoomResolved r = (QontakEvent.RoomResolved) e;
    assertThat(r.webhookEvent()).isEqualTo("room_interaction");
    assertThat(r.room().resolvedByType()).isEqualTo("Models::User");
    assertThat(r.emailCc()).isEqualTo(java.util.List.of("owner@kopisore.example"));
  }

  @Test
  void agentResponsibilityEvents() {
    QontakEvent a = parse("agent_assigned_to_room.json");
    assertThat(a).isInstanceOf(QontakEvent.AgentAssigned.class);
    QontakEvent.AgentResponsibilityEvent ar = (QontakEvent.AgentResponsibilityEvent) a;
    assertThat(ar.roomId()).isEqualTo(ROOM_ID);
    assertThat(ar.agentId()).isEqualTo(AGENT);
    assertThat(ar.room().status()).isEqualTo(RoomStatus.ASSIGNED);
    assertThat(ar.agentIds()).isEmpty();
    assertThat(a.webhookEvent()).isEqualTo("agent_responsibility");

    QontakEvent u = parse("agent_unassigned_from_room.json");
    assertThat(u).isInstanceOf(QontakEvent.AgentUnassigned.class);
    assertThat(((QontakEvent.AgentUnassigned) u).agentId()).isEqualTo(AGENT); // from user_id

    QontakEvent h = parse("agent_handover_room.json");
    assertThat(h).isInstanceOf(QontakEvent.AgentHandedOver.class);
    assertThat(((QontakEvent.AgentHandedOver) h).agentIds())
        .containsExactly("4d5e6f70-9999-4000-8111-922233334444");
  }

  @Test
  void customAgentAllocationFromARoomShapedBody() {
    QontakEvent e = parse("custom_agent_allocation.json");
    assertThat(e).isInstanceOf(QontakEvent.CustomAgentAllocation.class);
    QontakEvent.CustomAgentAllocation c = (QontakEvent.CustomAgentAllocation) e;
    assertThat(c.roomId()).isEqualTo(ROOM_ID);
    assertThat(c.room().status()).isEqualTo(RoomStatus.UNASSIGNED);
    assertThat(c.webhookEvent()).isEqualTo("custom_agent_allocation");
  }

  @Test
  void unknownEventKeepsNamesAndRaw() {
    QontakEvent e = parse("unknown_available_user_status.json");
    assertThat(e).isEqualTo(new QontakEvent.Unknown("available_user_status",
        "available_user_status", Fixtures.text("unknown_available_user_status.json")));
  }

  @Test
  void theSeedsOtherBodiesAreNotWebhooksAndParseToUnknown() {
    // the seed's settings response (rewritten) and its PUT body are JSON objects but no events
    assertThat(parse("unknown_settings_response.json")).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(QontakWebhooks.parser().parse("{\"receive_message_from_agent\": false,"
        + "\"receive_message_from_customer\": true, \"status_message\": false,"
        + "\"url\": \"https://hooks.example.test/qontak?token=x\"}"))
        .isEqualTo(new QontakEvent.Unknown(null, null, "{\"receive_message_from_agent\": false,"
            + "\"receive_message_from_customer\": true, \"status_message\": false,"
            + "\"url\": \"https://hooks.example.test/qontak?token=x\"}"));
  }

  @Test
  void mekariPlatformNamesInWebhookEvent() {
    assertThat(QontakWebhooks.parser().parse("{\"webhook_event\":\"qontak.chat.room.updated\","
        + "\"id\":\"r1\",\"status\":\"resolved\"}")).isInstanceOf(QontakEvent.RoomUpdated.class);
    assertThat(QontakWebhooks.parser().parse("{\"data_event\":\"qontak.chat.room.created\","
        + "\"id\":\"r1\"}")).isInstanceOf(QontakEvent.RoomCreated.class);
    assertThat(QontakWebhooks.parser().parse("{\"data_event\":\"room_updated\",\"id\":\"r1\"}"))
        .isInstanceOf(QontakEvent.RoomUpdated.class);
  }

  @Test
  void roomEventWithANestedRoom() {
    QontakEvent e = QontakWebhooks.parser().parse("{\"data_event\":\"room_resolved\","
        + "\"room\":{\"id\":\"r9\",\"status\":\"resolved\",\"email_cc\":[\"a@b.c\"],"
        + "\"last_message\":{\"id\":\"m1\"}}}");
    QontakEvent.RoomResolved r = (QontakEvent.RoomResolved) e;
    assertThat(r.room().id()).isEqualTo("r9");
    assertThat(r.emailCc()).isEqualTo(java.util.List.of("a@b.c"));
    assertThat(r.lastMessageJson()).isEqualTo("{\"id\":\"m1\"}");
  }

  @Test
  void unknownEnumValuesAreKept() {
    String json = Fixtures.text("status_message_delivered.json");
    json = Fixtures.replace(json, "\"status\": \"delivered\"", "\"status\": \"played\"");
    json = Fixtures.replace(json, "\"channel\": \"wa\"", "\"channel\": \"threads\"");
    QontakEvent.MessageStatusChanged s =
        (QontakEvent.MessageStatusChanged) QontakWebhooks.parser().parse(json);
    assertThat(s.status().value()).isEqualTo("played");
    assertThat(s.status().isKnown()).isFalse();
    assertThat(s.message().room().channel().value()).isEqualTo("threads");
  }

  @Test
  void senderAvatarAsAPlainString() {
    String json = Fixtures.text("customer_message.json");
    json = Fixtures.replace(json, "\"avatar\": null", "\"avatar\": \"https://x.test/a.png\"");
    Message m = ((QontakEvent.MessageEvent) QontakWebhooks.parser().parse(json)).message();
    assertThat(m.sender().avatar()).isEqualTo("https://x.test/a.png");
  }
}
