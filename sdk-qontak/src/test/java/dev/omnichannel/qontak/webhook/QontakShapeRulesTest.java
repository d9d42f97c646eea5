package dev.omnichannel.qontak.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.core.webhook.WebhookParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Older bodies (no webhook_event / data_event) and the discriminator precedence rules. */
class QontakShapeRulesTest {

  private static final WebhookParser<QontakEvent> PARSER = QontakWebhooks.parser();

  private static String message(String participant, String sender, String status) {
    return "{\"id\":\"m1\",\"room_id\":\"r1\",\"participant_type\":" + participant
        + ",\"sender_type\":" + sender + ",\"status\":" + status + "}";
  }

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @CsvSource({
      "'\"customer\"', '\"Models::Contact\"', '\"created\"', MessageFromCustomer",
      "'\"customer\"', '\"Models::Contact\"', null, MessageFromCustomer",
      "'\"customer\"', '\"Models::User\"', '\"created\"', Unknown",
      "'\"customer\"', '\"Models::Robot\"', '\"created\"', Unknown",
      "'\"agent\"', '\"Models::User\"', '\"created\"', MessageFromAgent",
      "'\"agent\"', '\"Models::User\"', '\"sent\"', MessageStatusChanged",
      "'\"agent\"', '\"Models::User\"', '\"delivered\"', MessageStatusChanged",
      "'\"agent\"', '\"Models::User\"', '\"read\"', MessageStatusChanged",
      "'\"agent\"', '\"Models::User\"', '\"failed\"', MessageStatusChanged",
      "'\"agent\"', '\"Models::User\"', '\"pending\"', MessageStatusChanged",
      "'\"agent\"', '\"Models::User\"', '\"played\"', Unknown",
      "'\"agent\"', '\"Models::User\"', null, Unknown",
      "'\"agent\"', '\"Models::User\"', '\"\"', Unknown",
      "'\"agent\"', '\"Models::Contact\"', '\"read\"', Unknown",
      "'\"bot\"', '\"Models::SystemAccount\"', '\"created\"', MessageFromAgent",
      "'\"bot\"', '\"Models::SystemAccount\"', '\"delivered\"', MessageStatusChanged",
      "'\"bot\"', '\"Models::Future\"', '\"delivered\"', Unknown",
      "'\"supervisor\"', '\"Models::User\"', '\"created\"', Unknown",
      "null, '\"Models::User\"', '\"created\"', Unknown",
      "'\"agent\"', null, '\"created\"', Unknown",
      "'[]', '\"Models::User\"', '\"created\"', Unknown",
  })
  void messageShapes(String participant, String sender, String status, String expected) {
    QontakEvent e = PARSER.parse(message(participant, sender, status));
    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.webhookEvent()).isNull();
    assertThat(e.dataEvent()).isNull();
  }

  @Test
  void messageNeedsRoomIdAndId() {
    assertThat(PARSER.parse("{\"id\":\"m1\",\"participant_type\":\"customer\","
        + "\"sender_type\":\"Models::Contact\"}")).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(PARSER.parse("{\"room_id\":\"r1\",\"participant_type\":\"customer\","
        + "\"sender_type\":\"Models::Contact\"}")).isInstanceOf(QontakEvent.Unknown.class);
  }

  @Test
  void broadcastLogShape() {
    assertThat(PARSER.parse("{\"id\":\"l1\",\"messages_broadcast_id\":\"b1\","
        + "\"status\":\"read\"}")).isInstanceOf(QontakEvent.BroadcastLogStatus.class);
    // with a room_id it could be a message that mentions its broadcast: do not guess
    assertThat(PARSER.parse("{\"id\":\"l1\",\"messages_broadcast_id\":\"b1\",\"room_id\":\"r1\","
        + "\"participant_type\":\"bot\",\"sender_type\":\"Models::SystemAccount\","
        + "\"status\":\"sent\"}")).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(PARSER.parse("{\"id\":\"l1\",\"messages_broadcast_id\":null}"))
        .isInstanceOf(QontakEvent.Unknown.class);
  }

  @Test
  void roomShape() {
    String room = "{\"id\":\"r1\",\"channel_integration_id\":\"c1\",\"unread_count\":0,"
        + "\"status\":";
    assertThat(PARSER.parse(room + "\"resolved\"}")).isInstanceOf(QontakEvent.RoomResolved.class);
    // created or updated cannot be told apart without data_event
    assertThat(PARSER.parse(room + "\"assigned\"}")).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(PARSER.parse(room + "\"unassigned\"}")).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(PARSER.parse("{\"id\":\"r1\",\"channel_integration_id\":\"c1\","
        + "\"status\":\"resolved\"}")).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(PARSER.parse("{\"id\":\"r1\",\"channel_integration_id\":\"c1\",\"unread_count\":0,"
        + "\"status\":\"resolved\",\"room_id\":null}")).isInstanceOf(QontakEvent.Unknown.class);
  }

  @Test
  void emptyAndUnrelatedObjectsAreUnknown() {
    assertThat(PARSER.parse("{}")).isEqualTo(new QontakEvent.Unknown(null, null, "{}"));
    assertThat(PARSER.parse("{\"hello\":\"world\"}")).isInstanceOf(QontakEvent.Unknown.class);
  }

  @Test
  void categoryOnlyBodiesAreClassifiedByShapeWithinTheCategory() {
    String customer = "{\"webhook_event\":\"message_interaction\",\"id\":\"m1\",\"room_id\":\"r1\","
        + "\"participant_type\":\"customer\",\"sender_type\":\"Models::Contact\","
        + "\"status\":\"created\"}";
    QontakEvent e = PARSER.parse(customer);
    assertThat(e).isInstanceOf(QontakEvent.MessageFromCustomer.class);
    assertThat(e.webhookEvent()).isEqualTo("message_interaction");
    assertThat(e.dataEvent()).isNull();
    // a room body under message_interaction is not a message: do not guess
    String room = "{\"id\":\"r1\",\"channel_integration_id\":\"c1\",\"unread_count\":0,"
        + "\"status\":\"resolved\"";
    assertThat(PARSER.parse(room + ",\"webhook_event\":\"message_interaction\"}"))
        .isInstanceOf(QontakEvent.Unknown.class);
    assertThat(PARSER.parse(room + ",\"webhook_event\":\"room_interaction\"}"))
        .isInstanceOf(QontakEvent.RoomResolved.class);
    assertThat(PARSER.parse(customer.replace("message_interaction", "room_interaction")))
        .isInstanceOf(QontakEvent.Unknown.class);
    // agent_responsibility alone does not say which change happened
    assertThat(PARSER.parse("{\"webhook_event\":\"agent_responsibility\",\"room_id\":\"r1\"}"))
        .isInstanceOf(QontakEvent.Unknown.class);
  }

  @Test
  void dataEventWinsOverShapeAndWebhookEvent() {
    // the body looks like a customer message, but Qontak says it is a status_message
    String json = "{\"webhook_event\":\"room_interaction\",\"data_event\":\"status_message\","
        + "\"id\":\"m1\",\"room_id\":\"r1\",\"participant_type\":\"customer\","
        + "\"sender_type\":\"Models::Contact\",\"status\":\"read\"}";
    assertThat(PARSER.parse(json)).isInstanceOf(QontakEvent.MessageStatusChanged.class);
  }

  @Test
  void unknownDataEventIsUnknownEvenWithAKnownShape() {
    String json = "{\"data_event\":\"message_deleted\",\"webhook_event\":\"message_interaction\","
        + "\"id\":\"m1\",\"room_id\":\"r1\",\"participant_type\":\"customer\","
        + "\"sender_type\":\"Models::Contact\",\"status\":\"created\"}";
    assertThat(PARSER.parse(json))
        .isEqualTo(new QontakEvent.Unknown("message_interaction", "message_deleted", json));
  }

  @Test
  void unknownDataEventWithAKnownWebhookEventUsesTheWebhookEvent() {
    String json = "{\"webhook_event\":\"qontak.chat.room.updated\",\"data_event\":\"tag_added\","
        + "\"id\":\"r1\"}";
    QontakEvent e = PARSER.parse(json);
    assertThat(e).isInstanceOf(QontakEvent.RoomUpdated.class);
    assertThat(e.dataEvent()).isEqualTo("tag_added");
  }

  @Test
  void blankOrNonTextDiscriminatorsCountAsAbsent() {
    String base = "\"id\":\"m1\",\"room_id\":\"r1\",\"participant_type\":\"customer\","
        + "\"sender_type\":\"Models::Contact\",\"status\":\"created\"}";
    assertThat(PARSER.parse("{\"data_event\":\"  \"," + base))
        .isInstanceOf(QontakEvent.MessageFromCustomer.class);
    assertThat(PARSER.parse("{\"data_event\":null,\"webhook_event\":{}," + base))
        .isInstanceOf(QontakEvent.MessageFromCustomer.class);
    assertThat(PARSER.parse("{\"data_event\":\"\\u0000shape:room_interaction\"," + base))
        .isInstanceOf(QontakEvent.MessageFromCustomer.class);
    QontakEvent numeric = PARSER.parse("{\"data_event\":42," + base);
    assertThat(numeric).isInstanceOf(QontakEvent.Unknown.class);
    assertThat(numeric.dataEvent()).isEqualTo("42");
  }
}
