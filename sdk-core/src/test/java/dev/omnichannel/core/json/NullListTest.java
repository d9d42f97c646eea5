package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullListTest {

  /** A response record as provider modules write them. */
  public record Conversation(Long id, List<String> labels, List<Agent> agents, String status) {
    public Conversation {
      labels = JsonSupport.listOrEmpty(labels);
      agents = JsonSupport.listOrEmpty(agents);
    }
  }

  public record Agent(Long id, String name) {}

  /** A record that does not normalise, to show what the factory alone does. */
  public record Raw(List<String> labels) {}

  private final JsonAdapter<Conversation> adapter =
      JsonSupport.moshi().adapter(Conversation.class);

  @Test
  void jsonNullListReadsAsEmpty() throws IOException {
    Raw raw = JsonSupport.moshi().adapter(Raw.class).fromJson("{\"labels\":null}");
    assertThat(raw.labels()).isEmpty();
    JsonAdapter<List<String>> list =
        JsonSupport.moshi().adapter(Types.newParameterizedType(List.class, String.class));
    assertThat(list.fromJson("null")).isEmpty();
  }

  @Test
  void absentListStaysNullWithoutListOrEmpty() throws IOException {
    assertThat(JsonSupport.moshi().adapter(Raw.class).fromJson("{}").labels()).isNull();
  }

  @Test
  void recordsWithAbsentFieldsGetEmptyLists() throws IOException {
    Conversation c = adapter.fromJson("{\"id\":1,\"unknown_field\":{\"x\":[1,2]}}");
    assertThat(c.id()).isEqualTo(1L);
    assertThat(c.labels()).isEmpty();
    assertThat(c.agents()).isEmpty();
    assertThat(c.status()).isNull();
  }

  @Test
  void recordsWithNullAndPresentLists() throws IOException {
    Conversation c = adapter.fromJson(
        "{\"labels\":null,\"agents\":[{\"id\":\"7\",\"name\":\"Ana\"},null],\"status\":\"open\"}");
    assertThat(c.labels()).isEmpty();
    assertThat(c.agents()).containsExactly(new Agent(7L, "Ana"), null);
    assertThatThrownBy(() -> c.agents().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void writingIsUnchanged() {
    assertThat(adapter.toJson(new Conversation(1L, List.of("vip"), null, null)))
        .isEqualTo("{\"id\":1,\"labels\":[\"vip\"],\"agents\":[]}");
  }

  @Test
  void listOrEmptyCopiesKeepsNullsAndNeverThrows() {
    assertThat(JsonSupport.listOrEmpty(null)).isEmpty();
    List<String> source = new ArrayList<>(Arrays.asList("a", null));
    List<String> copy = JsonSupport.listOrEmpty(source);
    source.add("b");
    assertThat(copy).containsExactly("a", null);
    assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }
}
