package dev.omnichannel.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void backoffDoublesFromHalfASecondCappedAtEightWithJitter() {
    RetryPolicy low = new RetryPolicy(() -> 0.0);
    RetryPolicy high = new RetryPolicy(() -> 0.999999999);
    assertThat(low.backoff(1)).isEqualTo(Duration.ofMillis(375));
    assertThat(low.backoff(2)).isEqualTo(Duration.ofMillis(750));
    assertThat(low.backoff(5)).isEqualTo(Duration.ofMillis(6000));
    assertThat(low.backoff(6)).isEqualTo(Duration.ofMillis(6000));
    assertThat(low.backoff(40)).isEqualTo(Duration.ofMillis(6000));
    assertThat(high.backoff(1)).isLessThan(Duration.ofMillis(500)).isGreaterThanOrEqualTo(Duration.ofMillis(499));
    assertThat(high.backoff(9)).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void statusesRetryByIdempotency() {
    RetryPolicy p = new RetryPolicy(() -> 0.5);
    for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
      assertThat(p.isRetryableStatus(status, true)).as("GET %s", status).isTrue();
    }
    assertThat(p.isRetryableStatus(429, false)).isTrue();
    for (int status : new int[] {408, 500, 502, 503, 504}) {
      assertThat(p.isRetryableStatus(status, false)).as("POST %s", status).isFalse();
    }
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 501}) {
      assertThat(p.isRetryableStatus(status, true)).as("GET %s", status).isFalse();
    }
  }

  @Test
  void onlyConnectFailuresProveTheRequestWasNotSent() {
    RetryPolicy p = new RetryPolicy(() -> 0.5);
    assertThat(p.isRetryableFailure(new ConnectException("refused"), false)).isTrue();
    assertThat(p.isRetryableFailure(new UnknownHostException("x"), false)).isTrue();
    assertThat(p.isRetryableFailure(new SocketTimeoutException("Connect timed out"), false)).isTrue();
    assertThat(p.isRetryableFailure(new SocketTimeoutException("Read timed out"), false)).isFalse();
    assertThat(p.isRetryableFailure(new IOException("unexpected end of stream"), false)).isFalse();
    assertThat(p.isRetryableFailure(new IOException("unexpected end of stream"), true)).isTrue();
    assertThat(RetryPolicy.isTimeout(new InterruptedIOException("timeout"))).isTrue();
    assertThat(RetryPolicy.isTimeout(new IOException("reset"))).isFalse();
  }

  @Test
  void serverRequestedDelays() {
    assertThat(delay("Retry-After", "2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(delay("Retry-After", "1.5")).isEqualTo(Duration.ofMillis(1500));
    assertThat(delay("Retry-After", "Thu, 01 Jan 2026 00:00:07 GMT")).isEqualTo(Duration.ofSeconds(7));
    assertThat(delay("Retry-After", "Wed, 31 Dec 2025 23:00:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(delay("Retry-After", "soon")).isNull();
    assertThat(delay("x-ratelimit-reset", "6")).isEqualTo(Duration.ofSeconds(6));
    assertThat(delay("x-ratelimit-reset", "1767225610")).isEqualTo(Duration.ofSeconds(10));
    assertThat(delay("x-ratelimit-reset", "1767225604000")).isEqualTo(Duration.ofSeconds(4));
    assertThat(delay("x-ratelimit-reset", "-1")).isNull();
    assertThat(delay("X-Other", "5")).isNull();
  }

  private Duration delay(String name, String value) {
    return RetryPolicy.serverRequestedDelay(Headers.of(name, value), clock);
  }
}
