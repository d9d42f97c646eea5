package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins down what Moshi's built-in adapters do with ids sent as numbers or strings. */
class IdLeniencyTest {

  public record Ids(
      String id,
      @Json(name = "room_id") Long roomId,
      @Json(name = "user_id") Integer userId,
      @Json(name = "inbox_id") long inboxId) {}

  private final JsonAdapter<Ids> adapter = JsonSupport.moshi().adapter(Ids.class);

  @Test
  void stringAcceptsNumbersKeepingTheirLiteral() throws IOException {
    assertThat(adapter.fromJson("{\"id\":123,\"inbox_id\":1}").id()).isEqualTo("123");
    assertThat(adapter.fromJson("{\"id\":12345678901234567,\"inbox_id\":1}").id())
        .isEqualTo("12345678901234567");
    assertThat(adapter.fromJson("{\"id\":9223372036854775807,\"inbox_id\":1}").id())
        .isEqualTo("9223372036854775807");
    assertThat(adapter.fromJson("{\"id\":123456789012345678901234567890,\"inbox_id\":1}").id())
        .isEqualTo("123456789012345678901234567890");
    assertThat(adapter.fromJson("{\"id\":\"abc-123\",\"inbox_id\":1}").id()).isEqualTo("abc-123");
  }

  @Test
  void longAndIntAcceptNumericStrings() throws IOException {
    Ids ids = adapter.fromJson(
        "{\"room_id\":\"12345678901234567\",\"user_id\":\"42\",\"inbox_id\":\"9007199254740993\"}");
    assertThat(ids.roomId()).isEqualTo(12345678901234567L);
    assertThat(ids.userId()).isEqualTo(42);
    assertThat(ids.inboxId()).isEqualTo(9007199254740993L);
    Ids numbers = adapter.fromJson(
        "{\"room_id\":12345678901234567,\"user_id\":42,\"inbox_id\":9007199254740993}");
    assertThat(numbers).isEqualTo(ids);
  }

  @Test
  void writesIdsInTheirJavaType() {
    assertThat(adapter.toJson(new Ids("12345678901234567", 12345678901234567L, 1, 2L)))
        .isEqualTo("{\"id\":\"12345678901234567\",\"room_id\":12345678901234567,"
            + "\"user_id\":1,\"inbox_id\":2}");
  }

  @Test
  void limitsToKnowAbout() throws IOException {
    // An empty or non-numeric string is not a Long.
    assertThatThrownBy(() -> adapter.fromJson("{\"room_id\":\"\",\"inbox_id\":1}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.room_id");
    // An absent primitive component fails; use boxed types in records.
    assertThatThrownBy(() -> adapter.fromJson("{}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("inbox_id");
    // Untyped values become doubles and lose digits past 2^53.
    Object id = JsonSupport.moshi().adapter(Map.class).fromJson("{\"id\":9007199254740993}").get("id");
    assertThat(id).isInstanceOf(Double.class).isEqualTo(9.007199254740992E15);
  }
}
