package dev.omnichannel.chatwoot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.omnichannel.chatwoot.model.ChatwootJson;
import dev.omnichannel.chatwoot.model.Contact;
import dev.omnichannel.chatwoot.model.ContactInbox;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.Inbox;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.Sender;
import dev.omnichannel.core.webhook.JsonDocument;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drift: every field of our fixtures (which follow the research field tables) is modelled.
 * Root records are read with {@code failOnUnknown()}, which applies to every nested level;
 * envelope keys ({@code event}, {@code changed_attributes}, {@code event_info}) are read by the
 * event records, not the models, so they are stripped first.
 */
class ChatwootDriftTest {

  private static final Moshi MOSHI = ChatwootJson.moshi();
  private static final Set<String> ENVELOPE = Set.of("event", "changed_attributes", "event_info");

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
    String event = JsonDocument.parse(Fixtures.bytes(name)).string("event");
    Object root;
    if (event.startsWith("message_")) {
      root = strict(Message.class, json);
    } else if (event.equals("conversation_typing_on") || event.equals("conversation_typing_off")) {
      JsonDocument doc = JsonDocument.parse(Fixtures.bytes(name));
      assertThat(doc.keys()).containsExactlyInAnyOrder("event", "user", "conversation",
          "is_private");
      doc.read(MOSHI.adapter(Sender.class).failOnUnknown(), "user");
      root = doc.read(MOSHI.adapter(Conversation.class).failOnUnknown(), "conversation");
    } else if (event.startsWith("conversation_") || event.startsWith("automation_event.")
        || event.equals("macro.executed")) {
      root = strict(Conversation.class, json);
    } else if (event.startsWith("contact_")) {
      root = strict(Contact.class, json);
    } else if (event.startsWith("inbox_")) {
      root = strict(Inbox.class, json);
    } else if (event.equals("webwidget_triggered")) {
      root = strict(ContactInbox.class, json);
      JsonDocument doc = JsonDocument.parse(Fixtures.bytes(name));
      doc.read(MOSHI.adapter(WebwidgetEventInfo.class).failOnUnknown(), "event_info");
    } else {
      assertThat(ChatwootWebhooks.parser().parse(json)).isInstanceOf(ChatwootEvent.Unknown.class);
      return;
    }
    assertThat(root).isNotNull();
  }

  @Test
  void strictModeReallyDetectsNewFields() {
    String json = "{\"id\":1,\"brand_new_field\":true}";
    assertThatThrownBy(() -> strict(Message.class, json))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("brand_new_field");
    String nested = "{\"id\":1,\"sender\":{\"id\":2,\"brand_new_field\":1}}";
    assertThatThrownBy(() -> strict(Message.class, nested))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("brand_new_field");
  }

  @Test
  void lenientParserSkipsNewFields() {
    ChatwootEvent e = ChatwootWebhooks.parser().parse("{\"event\":\"message_created\",\"id\":1,"
        + "\"thread_id\":\"t1\",\"sender\":{\"id\":2,\"brand_new_field\":[1,2]}}");
    assertThat(((ChatwootEvent.MessageCreated) e).message().sender().id()).isEqualTo(2L);
  }
}
