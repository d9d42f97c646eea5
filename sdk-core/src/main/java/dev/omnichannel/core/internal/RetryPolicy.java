package dev.omnichannel.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Headers;

/**
 * Which failures are retried and how long to wait (DESIGN section 4). Idempotent requests retry on
 * I/O errors and 408, 429, 500, 502, 503, 504; non-idempotent ones only when the request provably
 * never reached the server (connect failures) and on 429. Backoff is 500 ms x 2^(n-1), capped at
 * 8 s, times a jitter factor in [0.75, 1.0). Not public API.
 */
public final class RetryPolicy {

  static final Duration BASE_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(8);
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US);

  private final DoubleSupplier random;

  /**
   * Creates a policy.
   *
   * @param random source of uniform values in [0, 1) for jitter
   */
  public RetryPolicy(DoubleSupplier random) {
    this.random = random;
  }

  /**
   * Whether an HTTP status may be retried for this request.
   *
   * @param status the status
   * @param idempotent whether re-sending is safe
   * @return true when a retry is allowed
   */
  public boolean isRetryableStatus(int status, boolean idempotent) {
    if (status == 429) {
      return true; // the request was refused, not processed
    }
    return idempotent && RETRYABLE_STATUSES.contains(status);
  }

  /**
   * Whether an I/O failure may be retried for this request.
   *
   * @param e the failure
   * @param idempotent whether re-sending is safe
   * @return true when a retry is allowed
   */
  public boolean isRetryableFailure(IOException e, boolean idempotent) {
    return idempotent || !mayHaveReachedServer(e);
  }

  /**
   * Whether the request may have been written before this failure. Only failures that happen
   * while connecting (refused, unknown host, no route, connect timeout, TLS handshake) prove it
   * was not.
   *
   * @param e the failure
   * @return false only when the request provably never left
   */
  public static boolean mayHaveReachedServer(IOException e) {
    if (e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException) {
      return false;
    }
    if (e instanceof SocketTimeoutException && e.getMessage() != null
        && e.getMessage().toLowerCase(Locale.ROOT).contains("connect")) {
      return false;
    }
    return true;
  }

  /**
   * Whether the failure is a timeout.
   *
   * @param e the failure
   * @return true for connect, read, write and call timeouts
   */
  public static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  /**
   * The backoff before retry number {@code retry} (1 for the first retry).
   *
   * @param retry the retry number
   * @return the jittered delay
   */
  public Duration backoff(int retry) {
    long base = BASE_DELAY.toMillis() << Math.min(retry - 1, 10);
    long capped = Math.min(base, MAX_DELAY.toMillis());
    double factor = 0.75 + 0.25 * Math.min(Math.max(random.getAsDouble(), 0.0), 0.999_999);
    return Duration.ofMillis((long) (capped * factor));
  }

  /**
   * The wait the server asked for: {@code Retry-After} in seconds or as an HTTP date, else
   * {@code x-ratelimit-reset} as seconds to wait or as an epoch time (seconds or millis).
   *
   * @param headers response headers
   * @param clock the clock, for dates
   * @return the wait (zero or more), or null when the server did not say
   */
  public static Duration serverRequestedDelay(Headers headers, Clock clock) {
    String retryAfter = headers.get("Retry-After");
    if (retryAfter != null) {
      Duration d = parseRetryAfter(retryAfter.trim(), clock);
      if (d != null) {
        return d;
      }
    }
    String reset = headers.get("x-ratelimit-reset");
    if (reset != null) {
      return parseReset(reset.trim(), clock);
    }
    return null;
  }

  private static Duration parseRetryAfter(String value, Clock clock) {
    try {
      double seconds = Double.parseDouble(value);
      if (Double.isFinite(seconds)) {
        return Duration.ofMillis((long) Math.ceil(Math.max(0, seconds) * 1000));
      }
      return null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, HTTP_DATE).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static Duration parseReset(String value, Clock clock) {
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return null;
    }
    if (!Double.isFinite(number) || number < 0) {
      return null;
    }
    Duration d;
    if (number >= 100_000_000_000d) {
      d = Duration.between(clock.instant(), Instant.ofEpochMilli((long) number));
    } else if (number >= 1_000_000_000d) {
      d = Duration.between(clock.instant(), Instant.ofEpochMilli((long) (number * 1000)));
    } else {
      d = Duration.ofMillis((long) Math.ceil(number * 1000));
    }
    return d.isNegative() ? Duration.ZERO : d;
  }
}
