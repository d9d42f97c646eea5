package dev.omnichannel.qontak.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.omnichannel.core.webhook.JsonDocument;
import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.Message;
import dev.omnichannel.qontak.model.QontakJson;
import dev.omnichannel.qontak.model.Room;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drift: every field of our fixtures is modelled. Root records are read with {@code
 * failOnUnknown()}, which applies at every nested level; keys the event records read themselves
 * ({@code webhook_event}, {@code data_event}, {@code tr_id}, the room extras {@code email_cc} and
 * {@code is_manual_survey}) are stripped first. {@code last_message} and free-form maps are
 * {@code Map<String, Object>}, so their contents are not checked.
 */
class QontakDriftTest {

  private static final Moshi MOSHI = QontakJson.moshi();
  private static final Set<String> ENVELOPE = Set.of("webhook_event", "data_event", "tr_id",
      "email_cc", "is_manual_survey");

  static java.util.List<String> fixtures() {
    return Fixtures.ALL;
  }

  private static <T> T strict(Class<T> type, String json) throws IOException {
    JsonAdapter<T> adapter = MOSHI.adapter(type).failOnUnknown();
    return adapter.fromJson(Fixtures.withoutTopLevel(json, ENVELOPE));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureHasNoUnmodelledFields(String name) throws IOException {
    String json = Fixtures.text(name);
    QontakEvent event = QontakWebhooks.parser().parse(json);
    Object root;
    if (event instanceof QontakEvent.MessageEvent) {
      root = strict(Message.class, json);
    } else if (event instanceof QontakEvent.BroadcastLogStatus) {
      root = strict(BroadcastLog.class, json);
    } else if (event instanceof QontakEvent.RoomEvent
        || event instanceof QontakEvent.CustomAgentAllocation) {
      root = strict(Room.class, json);
    } else if (event instanceof QontakEvent.AgentResponsibilityEvent) {
      // bodies not public: our fixtures hold the inferred keys plus a room
      JsonDocument doc = JsonDocument.parse(Fixtures.bytes(name));
      assertThat(Set.of("webhook_event", "data_event", "room_id", "agent_id", "user_id",
          "agent_ids", "room")).containsAll(doc.keys());
      root = doc.read(MOSHI.adapter(Room.class).failOnUnknown(), "room");
    } else {
      assertThat(event).isInstanceOf(QontakEvent.Unknown.class);
      return;
    }
    assertThat(root).isNotNull();
  }

  @Test
  void strictModeReallyDetectsNewFields() {
    assertThatThrownBy(() -> strict(Message.class, "{\"id\":\"m\",\"brand_new_field\":1}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("brand_new_field");
    assertThatThrownBy(() -> strict(Message.class,
        "{\"id\":\"m\",\"room\":{\"id\":\"r\",\"brand_new_field\":1}}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("brand_new_field");
    assertThatThrownBy(() -> strict(Message.class,
        "{\"id\":\"m\",\"sender\":{\"name\":\"n\",\"brand_new_field\":1}}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("brand_new_field");
  }

  @Test
  void lenientParserSkipsNewFields() {
    QontakEvent e = QontakWebhooks.parser().parse("{\"data_event\":\"status_message\","
        + "\"id\":\"m1\",\"brand_new\":[1,2],\"room\":{\"id\":\"r1\",\"brand_new\":{}}}");
    assertThat(((QontakEvent.MessageStatusChanged) e).message().room().id()).isEqualTo("r1");
  }
}
