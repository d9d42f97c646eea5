package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedJsonTest {

  public record ChannelDetails(@Json(name = "channel_id") Long channelId, String name) {}

  public record RoomOptions(
      String source,
      @Json(name = "is_resolved") Boolean isResolved,
      @Json(name = "channel_details") ChannelDetails channelDetails) {}

  public record Room(String id, @EmbeddedJson RoomOptions options) {}

  public record Comment(String id, @EmbeddedJson Map<String, Object> extras) {}

  public record Tags(@EmbeddedJson List<String> tags) {}

  private final JsonAdapter<Room> rooms = JsonSupport.moshi().adapter(Room.class);
  private final JsonAdapter<Comment> comments = JsonSupport.moshi().adapter(Comment.class);

  private static final String OPTIONS_OBJECT =
      "{\"source\":\"wa\",\"is_resolved\":false,\"channel_details\":{\"channel_id\":123,\"name\":\"WA\"}}";

  @Test
  void readsJsonInsideAString() throws IOException {
    String escaped = OPTIONS_OBJECT.replace("\"", "\\\"");
    Room room = rooms.fromJson("{\"id\":\"1\",\"options\":\"" + escaped + "\"}");
    assertThat(room.options())
        .isEqualTo(new RoomOptions("wa", false, new ChannelDetails(123L, "WA")));
  }

  @Test
  void readsThePlainObjectToo() throws IOException {
    Room room = rooms.fromJson("{\"id\":\"1\",\"options\":" + OPTIONS_OBJECT + "}");
    assertThat(room.options().channelDetails().channelId()).isEqualTo(123L);
  }

  @Test
  void readsIntoAMap() throws IOException {
    Comment fromString = comments.fromJson("{\"id\":\"9\",\"extras\":\"{\\\"a\\\":1,\\\"b\\\":\\\"x\\\"}\"}");
    Comment fromObject = comments.fromJson("{\"id\":\"9\",\"extras\":{\"a\":1,\"b\":\"x\"}}");
    assertThat(fromString.extras()).containsEntry("a", 1.0).containsEntry("b", "x");
    assertThat(fromObject).isEqualTo(fromString);
  }

  @Test
  void readsArraysInBothForms() throws IOException {
    JsonAdapter<Tags> tags = JsonSupport.moshi().adapter(Tags.class);
    assertThat(tags.fromJson("{\"tags\":\"[\\\"a\\\",\\\"b\\\"]\"}").tags()).containsExactly("a", "b");
    assertThat(tags.fromJson("{\"tags\":[\"a\"]}").tags()).containsExactly("a");
  }

  @Test
  void emptyAndNullReadAsNull() throws IOException {
    assertThat(comments.fromJson("{\"extras\":\"\"}").extras()).isNull();
    assertThat(comments.fromJson("{\"extras\":\"   \"}").extras()).isNull();
    assertThat(comments.fromJson("{\"extras\":null}").extras()).isNull();
    assertThat(comments.fromJson("{\"extras\":\"null\"}").extras()).isNull();
    assertThat(comments.fromJson("{}").extras()).isNull();
  }

  @Test
  void invalidEmbeddedJsonFailsWithPath() {
    assertThatThrownBy(() -> comments.fromJson("{\"extras\":\"not json\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.extras")
        .hasMessageContaining("not valid JSON")
        .hasMessageNotContaining("not json");
    assertThatThrownBy(() -> comments.fromJson("{\"extras\":\"{\\\"a\\\":\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.extras");
    assertThatThrownBy(() -> comments.fromJson("{\"extras\":\"{} {}\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.extras");
    assertThatThrownBy(() -> rooms.fromJson("{\"options\":\"[1]\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.options")
        .hasMessageContaining("does not fit RoomOptions");
  }

  @Test
  void writesThePlainObject() {
    Room room = new Room("1", new RoomOptions("wa", true, null));
    assertThat(rooms.toJson(room))
        .isEqualTo("{\"id\":\"1\",\"options\":{\"source\":\"wa\",\"is_resolved\":true}}");
    assertThat(rooms.toJson(new Room("1", null))).isEqualTo("{\"id\":\"1\"}");
  }
}
