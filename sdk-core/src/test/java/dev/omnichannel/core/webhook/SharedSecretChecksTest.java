package dev.omnichannel.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.omnichannel.core.WebhookVerificationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedSecretChecksTest {

  private static final String SECRET = "t0k3n+/=é secret";
  private static final String OLD = "old-token-123";

  private static void rejected(Runnable r, String... secrets) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(WebhookVerificationException.class);
    for (String s : secrets) {
      assertThat(t.getMessage()).doesNotContain(s);
    }
    assertThat(t.getMessage()).doesNotContain(SECRET).doesNotContain(OLD);
  }

  @Test
  void headerCheckPassesWrongMissing() {
    SharedSecretHeaderCheck check = SharedSecretHeaderCheck.of("X-Webhook-Token", SECRET, OLD);
    assertThatCode(() -> check.verify(Map.of("x-webhook-token", SECRET)))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.verify(Map.of("X-WEBHOOK-TOKEN", " " + OLD + " ")))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.verifyMultiValue(Map.of("x-webhook-token", List.of("x", OLD))))
        .doesNotThrowAnyException();
    rejected(() -> check.verify(Map.of("X-Webhook-Token", "guess-123")), "guess-123");
    rejected(() -> check.verify(Map.of("X-Webhook-Token", SECRET + "x")), SECRET + "x");
    rejected(() -> check.verify(Map.of("Other", SECRET)));
    rejected(() -> check.verify(null));
    rejected(() -> check.verifyMultiValue(Map.of()));
    assertThat(check.toString()).doesNotContain(SECRET);
  }

  @Test
  void headerCheckValidatesSecrets() {
    assertThat(catchThrowable(() -> SharedSecretHeaderCheck.of("X", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> SharedSecretHeaderCheck.of("X", List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> SharedSecretHeaderCheck.of(" ", SECRET)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urlCheckPassesWrongMissing() {
    SecretInUrlCheck check = SecretInUrlCheck.of("token", "abc123", OLD);
    assertThatCode(() -> check.verify("https://example.com/hook?x=1&token=abc123"))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.verify("/hook?token=" + OLD + "#frag")).doesNotThrowAnyException();
    assertThatCode(() -> check.verify("token=abc123")).doesNotThrowAnyException();
    assertThatCode(() -> check.verify("?token=abc123")).doesNotThrowAnyException();
    assertThatCode(() -> check.verify(URI.create("https://example.com/h?token=abc123")))
        .doesNotThrowAnyException();
    rejected(() -> check.verify("https://example.com/hook?token=abc124"), "abc124");
    rejected(() -> check.verify("https://example.com/hook?token="));
    rejected(() -> check.verify("https://example.com/hook?tokens=abc123"));
    rejected(() -> check.verify("https://example.com/hook"));
    rejected(() -> check.verify("/hook"));
    rejected(() -> check.verify(URI.create("https://example.com/hook")));
    rejected(() -> check.verify((String) null));
    rejected(() -> check.verify((URI) null));
  }

  @Test
  void urlCheckPercentDecodes() {
    SecretInUrlCheck check = SecretInUrlCheck.of("to ken", SECRET);
    String encoded = "t0k3n%2B%2F%3D%C3%A9%20secret";
    assertThatCode(() -> check.verify("/hook?to%20ken=" + encoded)).doesNotThrowAnyException();
    assertThatCode(() -> check.verify("/hook?to+ken=t0k3n%2B%2F%3D%C3%A9+secret"))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.verify(URI.create("https://e.com/h?to%20ken=" + encoded)))
        .doesNotThrowAnyException();
    // a literal '+' (unencoded) in the secret also matches
    SecretInUrlCheck plus = SecretInUrlCheck.of("t", "a+b");
    assertThatCode(() -> plus.verify("?t=a+b")).doesNotThrowAnyException();
    assertThatCode(() -> plus.verify("?t=a%2Bb")).doesNotThrowAnyException();
    rejected(() -> plus.verify("?t=a%2"));
    rejected(() -> plus.verify("?t=a%C3%28b"));
    rejected(() -> check.verify("/hook?to%20ken=" + encoded.replace("%C3%A9", "e")));
  }
}
