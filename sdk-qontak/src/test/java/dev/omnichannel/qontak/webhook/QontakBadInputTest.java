package dev.omnichannel.qontak.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.WebhookParseException;
import dev.omnichannel.core.webhook.WebhookParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad bodies give WebhookParseException or Unknown, never a NullPointerException. */
class QontakBadInputTest {

  private static final WebhookParser<QontakEvent> PARSER = QontakWebhooks.parser();

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "[]", "[{\"data_event\":\"status_message\"}]", "null", "42",
      "\"text\"", "true", "{", "{\"id\":", "{\"id\":\"m1\"} trailing", "{'id':'m1'}",
      "{\"id\":\"m1\",}"})
  void notOneJsonObject(String body) {
    assertThatThrownBy(() -> PARSER.parse(body)).isInstanceOf(WebhookParseException.class);
  }

  @Test
  void nullAndInvalidUtf8() {
    assertThatThrownBy(() -> PARSER.parse((byte[]) null))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> PARSER.parse((String) null))
        .isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> PARSER.parse(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}))
        .isInstanceOf(WebhookParseException.class);
  }

  static java.util.List<String> fixtures() {
    return Fixtures.ALL;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyTruncationOfEveryFixtureFailsCleanly(String name) {
    byte[] full = Fixtures.bytes(name);
    int end = new String(full, StandardCharsets.UTF_8).stripTrailing()
        .getBytes(StandardCharsets.UTF_8).length; // the closing brace is at end - 1
    for (int len = 0; len < end; len += Math.max(1, end / 97)) {
      byte[] cut = Arrays.copyOf(full, len);
      assertThatThrownBy(() -> PARSER.parse(cut)).as("%s cut at %d", name, len)
          .isInstanceOf(WebhookParseException.class);
    }
    byte[] lastByteMissing = Arrays.copyOf(full, end - 1);
    assertThatThrownBy(() -> PARSER.parse(lastByteMissing))
        .isInstanceOf(WebhookParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // message events: wrong types
      "{\"data_event\":\"status_message\",\"id\":\"m1\",\"is_campaign\":\"yes\"}",
      "{\"data_event\":\"status_message\",\"id\":\"m1\",\"created_at\":\"yesterday\"}",
      "{\"data_event\":\"status_message\",\"id\":\"m1\",\"sender\":\"Dewi\"}",
      "{\"data_event\":\"status_message\",\"id\":\"m1\",\"room\":[]}",
      "{\"data_event\":\"status_message\",\"id\":\"m1\",\"room\":{\"unread_count\":\"two\"}}",
      "{\"data_event\":\"status_message\",\"id\":{\"nested\":true}}",
      "{\"data_event\":\"receive_message_from_customer\",\"status\":[\"read\"]}",
      // huge numbers
      "{\"data_event\":\"room_created\",\"id\":\"r1\",\"unread_count\":99999999999999999999999}",
      "{\"data_event\":\"room_created\",\"id\":\"r1\",\"unread_count\":1e400}",
      "{\"data_event\":\"room_created\",\"id\":\"r1\",\"unread_count\":1.5}",
      "{\"data_event\":\"room_created\",\"id\":\"r1\",\"tags\":\"vip\"}",
      "{\"data_event\":\"room_created\",\"id\":\"r1\",\"is_manual_survey\":\"no\"}",
      // broadcast logs
      "{\"data_event\":\"broadcast_log_status\",\"messages_response\":\"n/a\"}",
      "{\"data_event\":\"broadcast_log_status\",\"is_pacing\":1}",
      // shape-classified bodies are decoded strictly too
      "{\"id\":\"m1\",\"room_id\":\"r1\",\"participant_type\":\"customer\","
          + "\"sender_type\":\"Models::Contact\",\"is_campaign\":\"no\"}",
      "{\"id\":\"r1\",\"channel_integration_id\":\"c1\",\"unread_count\":1e30,"
          + "\"status\":\"resolved\"}"})
  void wrongTypesFailWithParseException(String body) {
    assertThatThrownBy(() -> PARSER.parse(body)).isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("cannot decode");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"data_event\":\"status_message\"}",
      "{\"data_event\":\"status_message\",\"id\":null,\"sender\":null,\"room\":null,"
          + "\"status\":null,\"created_at\":null,\"external_id\":null}",
      "{\"data_event\":\"broadcast_log_status\",\"id\":null,\"status\":null}",
      "{\"data_event\":\"room_updated\",\"tags\":null,\"agent_ids\":null,\"last_message\":null,"
          + "\"email_cc\":null,\"is_manual_survey\":null}",
      "{\"data_event\":\"agent_assigned_to_room\"}",
      "{\"data_event\":\"agent_assigned_to_room\",\"room\":{\"unread_count\":\"x\"},"
          + "\"agent_ids\":{\"a\":1},\"room_id\":[]}",
      "{\"data_event\":\"agent_handover_room\",\"room\":null,\"agent_id\":null}",
      "{\"data_event\":\"custom_agent_allocation\",\"room\":\"r1\"}",
      "{\"data_event\":\"custom_agent_allocation\",\"channel_integration_id\":\"c1\","
          + "\"unread_count\":\"oops\"}",
      "{\"id\":\"r1\",\"room_id\":null,\"participant_type\":null,\"sender_type\":null}",
      "{\"id\":12345678901234567890123,\"room_id\":98765432109876543210,"
          + "\"participant_type\":\"customer\",\"sender_type\":\"Models::Contact\"}"})
  void nullsAndMissingFieldsNeverThrow(String body) {
    QontakEvent e = PARSER.parse(body);
    assertThat(e).isNotNull();
    assertThat(e.raw()).isEqualTo(body);
  }

  @Test
  void nullsAreKeptAsNullsAndListsAsEmpty() {
    QontakEvent.RoomUpdated r = (QontakEvent.RoomUpdated) PARSER.parse(
        "{\"data_event\":\"room_updated\",\"tags\":null,\"agent_ids\":null,\"last_message\":null}");
    assertThat(r.room().tags()).isEmpty();
    assertThat(r.room().agentIds()).isEmpty();
    assertThat(r.lastMessageJson()).isNull();
    QontakEvent.AgentAssigned a = (QontakEvent.AgentAssigned) PARSER.parse(
        "{\"data_event\":\"agent_assigned_to_room\",\"room\":{\"unread_count\":\"x\"}}");
    assertThat(a.room()).isNull();
    assertThat(a.roomId()).isNull();
    assertThat(a.agentIds()).isEmpty();
  }

  @Test
  void hugeIdsKeepEveryDigit() {
    QontakEvent.MessageFromCustomer m = (QontakEvent.MessageFromCustomer) PARSER.parse(
        "{\"id\":12345678901234567890123,\"room_id\":98765432109876543210,"
            + "\"participant_type\":\"customer\",\"sender_type\":\"Models::Contact\"}");
    assertThat(m.message().id()).isEqualTo("12345678901234567890123");
    assertThat(m.message().roomId()).isEqualTo("98765432109876543210");
  }

  @Test
  void deeplyNestedBodiesAreRejected() {
    String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
    assertThatThrownBy(() -> PARSER.parse(deep)).isInstanceOf(WebhookParseException.class);
  }
}
