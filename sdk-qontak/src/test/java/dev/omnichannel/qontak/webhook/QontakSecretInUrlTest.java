package dev.omnichannel.qontak.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.WebhookVerificationException;
import dev.omnichannel.core.webhook.SecretInUrlCheck;
import java.net.URI;
import org.junit.jupiter.api.Test;

class QontakSecretInUrlTest {

  private static final String TOKEN = "kq7R-2vYd_9pLmZx4TnB8wEsUa0cHj3F";

  @Test
  void acceptsTheTokenInTheQuery() {
    SecretInUrlCheck check = QontakWebhooks.secretInUrl("token", TOKEN);
    assertThatCode(() -> check.verify("/qontak/hook?token=" + TOKEN)).doesNotThrowAnyException();
    assertThatCode(() -> check.verify("https://example.test/qontak/hook?a=1&token=" + TOKEN))
        .doesNotThrowAnyException();
    assertThatCode(() -> check.verify(URI.create("https://example.test/h?token=" + TOKEN)))
        .doesNotThrowAnyException();
    assertThat(check.toString()).doesNotContain(TOKEN);
  }

  @Test
  void rejectsMissingOrWrongTokens() {
    SecretInUrlCheck check = QontakWebhooks.secretInUrl("token", TOKEN);
    assertThatThrownBy(() -> check.verify("/qontak/hook"))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> check.verify("/qontak/hook?token=guess"))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageNotContaining("guess");
    assertThatThrownBy(() -> check.verify("/qontak/hook?tok=" + TOKEN))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> check.verify((String) null))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void rotationAcceptsOldAndNewTokens() {
    SecretInUrlCheck check = QontakWebhooks.secretInUrl("t", "old-token-value-123", TOKEN);
    assertThatCode(() -> check.verify("?t=old-token-value-123")).doesNotThrowAnyException();
    assertThatCode(() -> check.verify("t=" + TOKEN)).doesNotThrowAnyException();
  }

  @Test
  void badConfiguration() {
    assertThatThrownBy(() -> QontakWebhooks.secretInUrl("", TOKEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QontakWebhooks.secretInUrl("token"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QontakWebhooks.secretInUrl("token", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QontakWebhooks.secretInUrl("token", (String) null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
