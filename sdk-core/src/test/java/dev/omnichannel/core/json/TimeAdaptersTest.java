package dev.omnichannel.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeAdaptersTest {

  public record Stamped(@Json(name = "created_at") Instant createdAt) {}

  public record Offsets(OffsetDateTime at) {}

  public record Dates(LocalDate day) {}

  public record Snooze(
      @Json(name = "snoozed_until") @EpochSeconds Instant snoozedUntil,
      @EpochMillis Instant millis) {}

  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

  private final JsonAdapter<Stamped> stamped = JsonSupport.moshi().adapter(Stamped.class);
  private final JsonAdapter<Offsets> offsets = JsonSupport.moshi().adapter(Offsets.class);
  private final JsonAdapter<Dates> dates = JsonSupport.moshi().adapter(Dates.class);
  private final JsonAdapter<Snooze> snooze = JsonSupport.moshi().adapter(Snooze.class);

  private Instant read(String jsonValue) throws IOException {
    return stamped.fromJson("{\"created_at\":" + jsonValue + "}").createdAt();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"2024-05-01T10:00:00Z\"",
      "\"2024-05-01T10:00:00.000Z\"",
      "\"2024-05-01T10:00:00.000000Z\"",
      "\"2024-05-01T10:00:00.000000000000Z\"",
      "\"2024-05-01t10:00:00z\"",
      "\"2024-05-01T17:00:00+07:00\"",
      "\"2024-05-01T17:00:00+0700\"",
      "\"2024-05-01T17:00:00+07\"",
      "\"2024-05-01T07:00:00-03:00\"",
      "\"2024-05-01T10:00\"",
      "\"2024-05-01T10:00:00\"",
      "\"2024-05-01 10:00:00\"",
      "\"2024-05-01 17:00:00 +0700\"",
      "\"2024-05-01 10:00:00 UTC\"",
      "1714557600",
      "1714557600.0",
      "\"1714557600\"",
      "\" 1714557600 \"",
      "1714557600000",
      "\"1714557600000\"",
      "1.7145576E9"})
  void readsEveryFormProvidersSend(String json) throws IOException {
    assertThat(read(json)).isEqualTo(T);
  }

  @Test
  void keepsFractions() throws IOException {
    assertThat(read("\"2024-05-01T17:00:00.123+0700\"")).isEqualTo(T.plusMillis(123));
    assertThat(read("\"2024-05-01T10:00:00.123456789Z\"")).isEqualTo(T.plusNanos(123_456_789));
    assertThat(read("\"2024-05-01 10:00:00.5\"")).isEqualTo(T.plusMillis(500));
    assertThat(read("1714557600.5")).isEqualTo(T.plusMillis(500));
    assertThat(read("1714557600.123")).isEqualTo(T.plusMillis(123));
    assertThat(read("\"1714557600.123456\"")).isEqualTo(T.plusNanos(123_456_000));
    assertThat(read("1714557600123")).isEqualTo(T.plusMillis(123));
    assertThat(read("1714557600123.5")).isEqualTo(T.plusNanos(123_500_000));
  }

  @Test
  void readsDateAsStartOfDayUtc() throws IOException {
    assertThat(read("\"2024-05-01\"")).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
  }

  @Test
  void readsSmallAndNegativeEpochsAsSeconds() throws IOException {
    assertThat(read("99999999999")).isEqualTo(Instant.ofEpochSecond(99_999_999_999L));
    assertThat(read("-1")).isEqualTo(Instant.ofEpochSecond(-1));
    assertThat(read("-1714557600123")).isEqualTo(Instant.ofEpochMilli(-1714557600123L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "0", "0.0", "\"0\"", "\"\"", "\"  \""})
  void unsetMarkersReadAsNull(String json) throws IOException {
    assertThat(read(json)).isNull();
  }

  @Test
  void absentFieldIsNull() throws IOException {
    assertThat(stamped.fromJson("{}").createdAt()).isNull();
  }

  @Test
  void garbageFailsWithPathAndValue() {
    assertThatThrownBy(() -> read("\"yesterday\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.created_at")
        .hasMessageContaining("\"yesterday\"");
    assertThatThrownBy(() -> read("true"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.created_at")
        .hasMessageContaining("true");
    assertThatThrownBy(() -> read("{}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.created_at")
        .hasMessageContaining("{}");
    assertThatThrownBy(() -> read("[1]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.created_at");
    assertThatThrownBy(() -> read("\"2024-13-01T10:00:00Z\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("2024-13-01");
    assertThatThrownBy(() -> read("\"2024-05-01T10:00:00Zjunk\""))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> read("1e30"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("1e30");
  }

  @Test
  void errorPathPointsAtArrayElement() {
    JsonAdapter<Instant[]> array = JsonSupport.moshi().adapter(Instant[].class);
    assertThatThrownBy(() -> array.fromJson("[0, \"nope\"]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$[1]");
  }

  @Test
  void writesIso() {
    assertThat(stamped.toJson(new Stamped(T))).isEqualTo("{\"created_at\":\"2024-05-01T10:00:00Z\"}");
    assertThat(stamped.toJson(new Stamped(T.plusMillis(500))))
        .isEqualTo("{\"created_at\":\"2024-05-01T10:00:00.500Z\"}");
    assertThat(JsonSupport.moshi().adapter(Instant.class).toJson(null)).isEqualTo("null");
  }

  @Test
  void offsetDateTimeKeepsSentOffset() throws IOException {
    OffsetDateTime at = offsets.fromJson("{\"at\":\"2024-05-01T17:00:00+0700\"}").at();
    assertThat(at).isEqualTo(OffsetDateTime.of(2024, 5, 1, 17, 0, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(offsets.fromJson("{\"at\":\"2024-05-01 10:00:00\"}").at().getOffset())
        .isEqualTo(ZoneOffset.UTC);
    assertThat(offsets.fromJson("{\"at\":1714557600}").at().toInstant()).isEqualTo(T);
    assertThat(offsets.fromJson("{\"at\":\"\"}").at()).isNull();
    assertThat(offsets.toJson(new Offsets(at))).isEqualTo("{\"at\":\"2024-05-01T17:00:00+07:00\"}");
    assertThatThrownBy(() -> offsets.fromJson("{\"at\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.at");
  }

  @Test
  void localDateReadsDatesAndDateTimes() throws IOException {
    assertThat(dates.fromJson("{\"day\":\"2024-05-01\"}").day()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(dates.fromJson("{\"day\":\"2024-05-01T23:30:00+07:00\"}").day())
        .isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(dates.fromJson("{\"day\":1714557600}").day()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(dates.fromJson("{\"day\":0}").day()).isNull();
    assertThat(dates.toJson(new Dates(LocalDate.of(2024, 5, 1))))
        .isEqualTo("{\"day\":\"2024-05-01\"}");
    assertThatThrownBy(() -> dates.fromJson("{\"day\":\"May 1st\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.day");
  }

  @Test
  void epochQualifiersWriteNumbers() {
    Instant t = T.plusMillis(999);
    assertThat(snooze.toJson(new Snooze(t, t)))
        .isEqualTo("{\"snoozed_until\":1714557600,\"millis\":1714557600999}");
    assertThat(snooze.toJson(new Snooze(null, null))).isEqualTo("{}");
  }

  @Test
  void epochQualifiersReadLeniently() throws IOException {
    Snooze s = snooze.fromJson("{\"snoozed_until\":\"2024-05-01T10:00:00.000Z\",\"millis\":1714557600}");
    assertThat(s.snoozedUntil()).isEqualTo(T);
    assertThat(s.millis()).isEqualTo(T);
    Snooze unset = snooze.fromJson("{\"snoozed_until\":0,\"millis\":\"\"}");
    assertThat(unset.snoozedUntil()).isNull();
    assertThat(unset.millis()).isNull();
  }
}
