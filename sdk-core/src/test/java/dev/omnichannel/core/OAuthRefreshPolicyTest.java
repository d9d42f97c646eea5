package dev.omnichannel.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.core.testing.CapturedLogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Regression tests for OAuth token refresh timing and token persistence failures. */
class OAuthRefreshPolicyTest {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private static OAuthToken token(Duration lifetime) {
    return new OAuthToken("access", null, "Bearer", T0, T0.plus(lifetime));
  }

  @Test
  void shortLivedTokenIsUsedForHalfItsLifetime() {
    OAuthToken t = token(Duration.ofSeconds(60));
    assertThat(t.needsRefresh(T0)).isFalse();
    assertThat(t.needsRefresh(T0.plusSeconds(29))).isFalse();
    assertThat(t.needsRefresh(T0.plusSeconds(30))).isTrue();

    OAuthToken tiny = token(Duration.ofSeconds(10));
    assertThat(tiny.needsRefresh(T0.plusSeconds(4))).isFalse();
    assertThat(tiny.needsRefresh(T0.plusSeconds(5))).isTrue();
  }

  @Test
  void longerLifetimesKeepTheUsualMargin() {
    OAuthToken tenMinutes = token(Duration.ofMinutes(10)); // margin 60 s
    assertThat(tenMinutes.needsRefresh(T0.plusSeconds(539))).isFalse();
    assertThat(tenMinutes.needsRefresh(T0.plusSeconds(540))).isTrue();
    OAuthToken hour = token(Duration.ofHours(1)); // margin 6 min
    assertThat(hour.needsRefresh(T0.plus(Duration.ofMinutes(54)).minusSeconds(1))).isFalse();
    assertThat(hour.needsRefresh(T0.plus(Duration.ofMinutes(54)))).isTrue();
    assertThat(token(Duration.ZERO).needsRefresh(T0)).isTrue();
  }

  @Test
  void sixtySecondTokenIsNotRefetchedOnEveryCall() {
    AtomicInteger fetches = new AtomicInteger();
    OAuthCredentials oauth = OAuthCredentials.of(cur -> new TokenGrant(
        "tok" + fetches.incrementAndGet(), null, "bearer", Duration.ofSeconds(60)));
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    for (int i = 0; i < 5; i++) {
      assertThat(oauth.token(clock).accessToken()).isEqualTo("tok1");
    }
    assertThat(fetches).hasValue(1);
  }

  @Test
  void failingStoreDoesNotLoseTheRotatedToken() {
    AtomicInteger fetches = new AtomicInteger();
    AtomicInteger saves = new AtomicInteger();
    TokenStore broken = new TokenStore() {
      @Override
      public Optional<OAuthToken> load() {
        return Optional.empty();
      }

      @Override
      public void save(OAuthToken token) {
        saves.incrementAndGet();
        throw new IllegalStateException("disk full while writing " + token.accessToken());
      }
    };
    OAuthCredentials oauth = OAuthCredentials.of(cur -> new TokenGrant(
        "rotated-secret-" + fetches.incrementAndGet(), "refresh-secret", "bearer", Duration.ofHours(1)), broken);
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    CapturedLogs.clear();

    assertThat(oauth.token(clock).accessToken()).isEqualTo("rotated-secret-1");
    assertThat(oauth.token(clock).accessToken()).isEqualTo("rotated-secret-1");

    assertThat(fetches).hasValue(1);
    assertThat(saves).hasValue(1);
    assertThat(CapturedLogs.lines()).anyMatch(l -> l.startsWith("WARN") && l.contains("could not save"));
    assertThat(CapturedLogs.lines()).noneMatch(l -> l.contains("secret-"));
  }
}
