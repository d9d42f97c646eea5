package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Short literals with huge exponents must fail (or succeed) fast, never build giant numbers. */
class HugeNumberTest {

  /** Bound by Moshi. */
  public record At(Instant t, OffsetDateTime o) {}

  private final JsonAdapter<At> adapter = JsonSupport.moshi().adapter(At.class);

  @ParameterizedTest
  @ValueSource(strings = {"{\"t\":1e99999999}", "{\"t\":-1e99999999}", "{\"t\":\"1E+99999999\"}",
      "{\"o\":1e99999999}", "{\"t\":1e21}", "{\"t\":123456789012345678901234}"})
  void hugeEpochFailsFast(String json) {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> adapter.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected a timestamp"));
  }

  @Test
  void tinyEpochIsFastToo() throws Exception {
    At at = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> adapter.fromJson("{\"t\":1e-99999999}"));
    assertThat(at.t()).isEqualTo(Instant.EPOCH);
    At neg = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> adapter.fromJson("{\"t\":-1e-99999999}"));
    assertThat(neg.t()).isEqualTo(Instant.EPOCH.minusNanos(1));
  }

  @Test
  void largestEpochsStillWork() throws Exception {
    assertThat(adapter.fromJson("{\"t\":1.7e9}").t()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(adapter.fromJson("{\"t\":1.7e12}").t()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(adapter.fromJson("{\"t\":1e-9}").t()).isEqualTo(Instant.ofEpochSecond(0, 1));
  }

  @Test
  void hugeBigDecimalIsWrittenWithItsExponent() throws Exception {
    JsonAdapter<BigDecimal> bd = JsonSupport.moshi().adapter(BigDecimal.class);
    String out = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> bd.toJson(new BigDecimal("1e99999999")));
    assertThat(out).isEqualTo("1E+99999999");
    assertThat(bd.toJson(new BigDecimal("1.5e3"))).isEqualTo("1500");
    assertThat(bd.fromJson(out)).isEqualByComparingTo("1e99999999");
  }
}
