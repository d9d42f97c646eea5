package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonSupportTest {

  @Test
  void sharedInstanceIsBuiltOnce() {
    assertThat(JsonSupport.moshi()).isSameAs(JsonSupport.moshi());
    assertThat(JsonSupport.moshiBuilder()).isNotSameAs(JsonSupport.moshiBuilder());
  }

  @Test
  void providerAdaptersTakePrecedence() throws IOException {
    JsonAdapter<Instant> fixed = new JsonAdapter<>() {
      @Override
      public Instant fromJson(JsonReader reader) throws IOException {
        reader.skipValue();
        return Instant.EPOCH;
      }

      @Override
      public void toJson(JsonWriter writer, Instant value) throws IOException {
        writer.value("fixed");
      }
    };
    Moshi moshi = JsonSupport.moshiBuilder().add(Instant.class, fixed).build();
    assertThat(moshi.adapter(Instant.class).fromJson("\"2024-05-01T10:00:00Z\""))
        .isEqualTo(Instant.EPOCH);
  }
}
