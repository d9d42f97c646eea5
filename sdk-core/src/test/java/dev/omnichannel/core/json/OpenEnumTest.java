package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenEnumTest {

  /** A provider-style open enum, as the Javadoc shows. */
  public static final class MessageType extends OpenEnum {
    private static final OpenEnumRegistry<MessageType> REGISTRY =
        new OpenEnumRegistry<>(MessageType::new);
    public static final MessageType INCOMING = REGISTRY.known("incoming", "0");
    public static final MessageType OUTGOING = REGISTRY.known("outgoing", "1");
    public static final MessageType ACTIVITY = REGISTRY.known("activity", "2");

    private MessageType(String value, boolean known) {
      super(value, known);
    }

    public static MessageType of(String value) {
      return REGISTRY.of(value);
    }

    public static List<MessageType> known() {
      return REGISTRY.known();
    }
  }

  /** A second open enum with an overlapping value, to check equality by class. */
  public static final class Status extends OpenEnum {
    private static final OpenEnumRegistry<Status> REGISTRY = new OpenEnumRegistry<>(Status::new);
    public static final Status INCOMING = REGISTRY.known("incoming");

    private Status(String value, boolean known) {
      super(value, known);
    }

    public static Status of(String value) {
      return REGISTRY.of(value);
    }
  }

  public record Message(
      @Json(name = "message_type") MessageType messageType, List<MessageType> history) {}

  private final Moshi moshi = JsonSupport.moshiBuilder()
      .add(JsonSupport.openEnumFactory(MessageType.class, MessageType::of))
      .build();
  private final JsonAdapter<Message> adapter = moshi.adapter(Message.class);

  @Test
  void ofReturnsConstantsForKnownValuesAndAliases() {
    assertThat(MessageType.of("incoming")).isSameAs(MessageType.INCOMING);
    assertThat(MessageType.of("0")).isSameAs(MessageType.INCOMING);
    assertThat(MessageType.INCOMING.value()).isEqualTo("incoming");
    assertThat(MessageType.INCOMING.isKnown()).isTrue();
    assertThat(MessageType.INCOMING).hasToString("incoming");
    assertThat(MessageType.known())
        .containsExactly(MessageType.INCOMING, MessageType.OUTGOING, MessageType.ACTIVITY);
  }

  @Test
  void ofKeepsUnknownValues() {
    MessageType template = MessageType.of("template");
    assertThat(template.isKnown()).isFalse();
    assertThat(template.value()).isEqualTo("template");
    assertThat(template).isEqualTo(MessageType.of("template")).hasSameHashCodeAs(MessageType.of("template"));
    assertThat(template).isNotEqualTo(MessageType.INCOMING);
    assertThat(MessageType.of("Incoming")).isNotEqualTo(MessageType.INCOMING); // case-sensitive
    assertThat(MessageType.of("").value()).isEmpty();
    assertThat(MessageType.known()).doesNotContain(template);
  }

  @Test
  void equalityIsPerClass() {
    assertThat(Status.INCOMING.value()).isEqualTo(MessageType.INCOMING.value());
    assertThat((Object) Status.INCOMING).isNotEqualTo(MessageType.INCOMING);
    assertThat(Status.of("x")).isNotEqualTo(MessageType.of("x"));
  }

  @Test
  void ofNullIsIllegalArgument() {
    assertThatThrownBy(() -> MessageType.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
  }

  @Test
  void registryRejectsDuplicatesAndNulls() {
    OpenEnumRegistry<Status> registry = new OpenEnumRegistry<>(Status::new);
    registry.known("a", "1");
    assertThatThrownBy(() -> registry.known("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1");
    assertThatThrownBy(() -> registry.known("b", "b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.known(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.known("c", (String) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(registry.known()).extracting(OpenEnum::value).containsExactly("a");
    assertThatThrownBy(() -> registry.known().add(Status.INCOMING))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsStringsNumbersAndBooleans() throws IOException {
    assertThat(adapter.fromJson("{\"message_type\":\"outgoing\"}").messageType())
        .isSameAs(MessageType.OUTGOING);
    assertThat(adapter.fromJson("{\"message_type\":1}").messageType()).isSameAs(MessageType.OUTGOING);
    assertThat(adapter.fromJson("{\"message_type\":\"1\"}").messageType())
        .isSameAs(MessageType.OUTGOING);
    MessageType three = adapter.fromJson("{\"message_type\":3}").messageType();
    assertThat(three.isKnown()).isFalse();
    assertThat(three.value()).isEqualTo("3");
    assertThat(adapter.fromJson("{\"message_type\":true}").messageType().value()).isEqualTo("true");
    assertThat(adapter.fromJson("{\"message_type\":\"brand_new\"}").messageType().value())
        .isEqualTo("brand_new");
  }

  @Test
  void nullAndAbsentReadAsNull() throws IOException {
    assertThat(adapter.fromJson("{\"message_type\":null}").messageType()).isNull();
    assertThat(adapter.fromJson("{}").messageType()).isNull();
  }

  @Test
  void readsInsideLists() throws IOException {
    assertThat(adapter.fromJson("{\"history\":[0,\"outgoing\",\"x\"]}").history())
        .containsExactly(MessageType.INCOMING, MessageType.OUTGOING, MessageType.of("x"));
  }

  @Test
  void rejectsObjectsWithPath() {
    assertThatThrownBy(() -> adapter.fromJson("{\"message_type\":{}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.message_type")
        .hasMessageContaining("MessageType");
  }

  @Test
  void writesValueAsString() {
    assertThat(adapter.toJson(new Message(MessageType.of("0"), null)))
        .isEqualTo("{\"message_type\":\"incoming\"}");
    assertThat(adapter.toJson(new Message(MessageType.of("template"), List.of(MessageType.ACTIVITY))))
        .isEqualTo("{\"message_type\":\"template\",\"history\":[\"activity\"]}");
  }

  @Test
  void unregisteredOpenEnumFailsClearly() {
    assertThatThrownBy(() -> JsonSupport.moshi().adapter(Message.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining("openEnumFactory");
  }
}
