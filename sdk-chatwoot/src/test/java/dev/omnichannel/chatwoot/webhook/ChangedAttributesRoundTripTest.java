package dev.omnichannel.chatwoot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** changed_attributes is written back in Chatwoot's own form, values byte for byte. */
class ChangedAttributesRoundTripTest {

  @Test
  void writesWhatItReads() throws Exception {
    ChangedAttributesAdapter adapter = new ChangedAttributesAdapter();
    String json = "[{\"status\":{\"previous_value\":\"open\",\"current_value\":\"resolved\"}},"
        + "{\"assignee_id\":{\"previous_value\":null,\"current_value\":12345678901234567890}}]";
    List<ChangedAttribute> read = adapter.fromJson(json);
    assertThat(adapter.toJson(read)).isEqualTo(json);
    assertThat(adapter.toJson(null)).isEqualTo("null");
  }
}
