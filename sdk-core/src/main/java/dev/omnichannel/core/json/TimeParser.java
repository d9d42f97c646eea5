package dev.omnichannel.core.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Lenient timestamp parsing shared by the time adapters. Accepts ISO-8601 (offset or {@code Z},
 * any fraction, with or without seconds), local date-times with {@code T} or a space (read as
 * UTC), dates (start of day UTC), and epoch seconds or milliseconds as numbers or numeric strings.
 * {@code 0}, {@code "0"} and {@code ""} mean "unset" and read as null.
 */
final class TimeParser {

  /** Epoch values with at least this magnitude are milliseconds, smaller ones seconds. */
  static final BigDecimal MILLIS_THRESHOLD = BigDecimal.valueOf(100_000_000_000L);

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  /** Above every Instant in seconds (about 3.2e16) or milliseconds (about 3.2e19). */
  private static final BigDecimal MAX_EPOCH_MAGNITUDE = new BigDecimal("1e21");
  private static final BigDecimal ONE_NANO = new BigDecimal("1e-9");
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?");
  private static final Pattern LONG_FRACTION = Pattern.compile("(\\.\\d{9})\\d+");
  private static final int MAX_SHOWN = 80;
  private static final Moshi PLAIN = new Moshi.Builder().build();

  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .optionalEnd()
      .optionalEnd()
      .optionalStart()
      .optionalStart()
      .appendLiteral(' ')
      .optionalEnd()
      // Lenient "+HH" accepts +07, +0700 and +07:00.
      .parseLenient()
      .appendOffset("+HH", "Z")
      .parseStrict()
      .optionalEnd()
      .optionalEnd()
      .toFormatter();

  private TimeParser() {}

  /**
   * Reads the next value as a timestamp.
   *
   * @param reader the reader, positioned at the value
   * @return the timestamp, or null for JSON null and the "unset" markers
   * @throws JsonDataException when the value is not a timestamp; the message names the path
   * @throws IOException when reading fails
   */
  static OffsetDateTime read(JsonReader reader) throws IOException {
    String path = reader.getPath();
    switch (reader.peek()) {
      case NULL:
        return reader.nextNull();
      case STRING:
      case NUMBER:
        return parse(reader.nextString(), path);
      default:
        throw invalid(PLAIN.adapter(Object.class).toJson(reader.readJsonValue()), path, null);
    }
  }

  /**
   * Parses text as a timestamp.
   *
   * @param raw the text (a JSON string's content or a number's literal)
   * @param path the JSON path for error messages
   * @return the timestamp, or null for "", "0" and other zero numbers
   * @throws JsonDataException when the text is not a timestamp
   */
  static OffsetDateTime parse(String raw, String path) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (NUMBER.matcher(s).matches()) {
        Instant instant = fromEpoch(new BigDecimal(s));
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
      }
      String text = normalize(s);
      TemporalAccessor parsed =
          FORMAT.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime odt) {
        return odt;
      }
      if (parsed instanceof LocalDateTime ldt) {
        return ldt.atOffset(ZoneOffset.UTC);
      }
      return ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      throw invalid('"' + raw + '"', path, e);
    }
  }

  private static String normalize(String s) {
    String t = s;
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    if (t.endsWith(" UTC") || t.endsWith(" GMT")) {
      t = t.substring(0, t.length() - 4) + 'Z';
    }
    return LONG_FRACTION.matcher(t).replaceFirst("$1");
  }

  /**
   * Converts an epoch number to an instant: seconds, or milliseconds when its magnitude is at
   * least {@link #MILLIS_THRESHOLD}. Digits below a nanosecond are dropped.
   *
   * @param value the number
   * @return the instant, or null for zero
   * @throws ArithmeticException or DateTimeException when out of range
   */
  static Instant fromEpoch(BigDecimal value) {
    if (value.signum() == 0) {
      return null;
    }
    // Guard before scaling: 1e99999999 or 1e-99999999 is a short literal whose exact value has
    // a hundred million digits, and scaling it would pin a CPU for minutes.
    BigDecimal magnitude = value.abs();
    if (magnitude.compareTo(MAX_EPOCH_MAGNITUDE) >= 0) {
      throw new ArithmeticException("epoch value out of the Instant range");
    }
    if (magnitude.compareTo(ONE_NANO) < 0) {
      // below a nanosecond: floors to the epoch, or to one nanosecond before it
      return value.signum() > 0 ? Instant.EPOCH : Instant.EPOCH.minusNanos(1);
    }
    BigDecimal seconds =
        value.abs().compareTo(MILLIS_THRESHOLD) >= 0 ? value.divide(THOUSAND) : value;
    BigInteger nanos = seconds.movePointRight(9).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    BigInteger[] parts = nanos.divideAndRemainder(NANOS_PER_SECOND);
    long secs = parts[0].longValueExact();
    long nano = parts[1].longValueExact();
    return Instant.ofEpochSecond(secs, nano);
  }

  /**
   * Builds the error for a value that is not a timestamp.
   *
   * @param shown the offending value as shown in the message
   * @param path the JSON path
   * @param cause the parse failure, or null
   * @return the exception
   */
  static JsonDataException invalid(String shown, String path, Throwable cause) {
    String v = shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + "..." : shown;
    return new JsonDataException(
        "Expected a timestamp (ISO-8601 or epoch number) but was " + v + " at path " + path, cause);
  }
}
