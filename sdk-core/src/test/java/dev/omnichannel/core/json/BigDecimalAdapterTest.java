package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BigDecimalAdapterTest {

  public record Price(BigDecimal amount) {}

  private final JsonAdapter<Price> adapter = JsonSupport.moshi().adapter(Price.class);

  private BigDecimal read(String jsonValue) throws IOException {
    return adapter.fromJson("{\"amount\":" + jsonValue + "}").amount();
  }

  @Test
  void readsNumbersWithExactDigits() throws IOException {
    assertThat(read("0.1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(read("1.10")).isEqualTo(new BigDecimal("1.10"));
    assertThat(read("12345678901234567890.123456789"))
        .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(read("1e3")).isEqualByComparingTo("1000");
    assertThat(read("-5")).isEqualTo(new BigDecimal("-5"));
  }

  @Test
  void readsNumericStrings() throws IOException {
    assertThat(read("\"19.99\"")).isEqualTo(new BigDecimal("19.99"));
    assertThat(read("\" 7 \"")).isEqualTo(new BigDecimal("7"));
  }

  @Test
  void nullAndEmptyReadAsNull() throws IOException {
    assertThat(read("null")).isNull();
    assertThat(read("\"\"")).isNull();
    assertThat(adapter.fromJson("{}").amount()).isNull();
  }

  @Test
  void rejectsNonNumbersWithPath() {
    assertThatThrownBy(() -> read("\"abc\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.amount")
        .hasMessageContaining("abc");
    assertThatThrownBy(() -> read("true"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.amount");
    assertThatThrownBy(() -> read("{}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.amount");
  }

  @Test
  void writesPlainNumbers() {
    assertThat(adapter.toJson(new Price(new BigDecimal("19.90")))).isEqualTo("{\"amount\":19.90}");
    assertThat(adapter.toJson(new Price(new BigDecimal("1E+3")))).isEqualTo("{\"amount\":1000}");
    assertThat(adapter.toJson(new Price(null))).isEqualTo("{}");
  }
}
