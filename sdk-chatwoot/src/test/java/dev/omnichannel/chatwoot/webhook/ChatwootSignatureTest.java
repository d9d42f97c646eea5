package dev.omnichannel.chatwoot.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.WebhookVerificationException;
import dev.omnichannel.core.webhook.HmacSignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ChatwootSignatureTest {

  private static final String SECRET = "7kTqvYx3LmNpRs2Wd9FhJcBe"; // 24-char base58, like Chatwoot
  private static final String OLD_SECRET = "c2VjcmV0LWZyb20tYmFja2ZpbGwtMDAwMDAwMA";
  private static final long NOW = 1_772_330_600L;
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  private static final byte[] BODY = Fixtures.bytes("message_created.json");

  private final HmacSignatureVerifier verifier = ChatwootWebhooks.verifier(CLOCK, SECRET);

  /** The reference computation, independent of the SDK. */
  static String sign(String secret, String timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  static Map<String, String> headers(String signature, String timestamp) {
    Map<String, String> h = new HashMap<>();
    h.put("Content-Type", "application/json");
    h.put("X-Chatwoot-Delivery", "5b0c7a1e-2d7f-4e7e-9d1a-0f3c2b1a9e88");
    if (signature != null) {
      h.put("X-Chatwoot-Signature", signature);
    }
    if (timestamp != null) {
      h.put("X-Chatwoot-Timestamp", timestamp);
    }
    return h;
  }

  @Test
  void validSignaturePasses() throws Exception {
    String ts = Long.toString(NOW);
    assertThatCode(() -> verifier.verify(BODY, headers(sign(SECRET, ts, BODY), ts)))
        .doesNotThrowAnyException();
  }

  @Test
  void knownVectorPasses() {
    // HMAC-SHA256(key="secret", "1700000000.{}") computed with javax.crypto.Mac.
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertThatCode(() -> ChatwootWebhooks.verifier(clock, "secret")
        .verify(body, headers(sign("secret", "1700000000", body), "1700000000")))
        .doesNotThrowAnyException();
  }

  @Test
  void withinToleranceBothWaysPasses() throws Exception {
    for (long ts : new long[] {NOW - 299, NOW + 299, NOW - 300, NOW + 300}) {
      String t = Long.toString(ts);
      assertThatCode(() -> verifier.verify(BODY, headers(sign(SECRET, t, BODY), t)))
          .as("ts " + ts).doesNotThrowAnyException();
    }
  }

  @Test
  void tamperedBodyFails() throws Exception {
    String ts = Long.toString(NOW);
    String sig = sign(SECRET, ts, BODY);
    byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
        .replace("Pesanan", "Pesenan").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifier.verify(tampered, headers(sig, ts)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void bodyOnlySignatureFails() throws Exception {
    // The common integration mistake (chatwoot#13809): HMAC over the body alone.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String bodyOnly = "sha256=" + HexFormat.of().formatHex(mac.doFinal(BODY));
    assertThatThrownBy(() -> verifier.verify(BODY, headers(bodyOnly, Long.toString(NOW))))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void wrongSecretFails() throws Exception {
    String ts = Long.toString(NOW);
    assertThatThrownBy(() -> verifier.verify(BODY, headers(sign("wrong-secret", ts, BODY), ts)))
        .isInstanceOf(WebhookVerificationException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
            .doesNotContain(SECRET));
  }

  @Test
  void staleTimestampFails() throws Exception {
    String ts = Long.toString(NOW - 301);
    assertThatThrownBy(() -> verifier.verify(BODY, headers(sign(SECRET, ts, BODY), ts)))
        .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("older");
  }

  @Test
  void futureTimestampFails() throws Exception {
    String ts = Long.toString(NOW + 301);
    assertThatThrownBy(() -> verifier.verify(BODY, headers(sign(SECRET, ts, BODY), ts)))
        .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("future");
  }

  @Test
  void timestampMismatchWithSignedValueFails() throws Exception {
    String sig = sign(SECRET, Long.toString(NOW - 10), BODY);
    assertThatThrownBy(() -> verifier.verify(BODY, headers(sig, Long.toString(NOW))))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void missingHeadersFail() throws Exception {
    String ts = Long.toString(NOW);
    String sig = sign(SECRET, ts, BODY);
    assertThatThrownBy(() -> verifier.verify(BODY, headers(null, ts)))
        .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("signature");
    assertThatThrownBy(() -> verifier.verify(BODY, headers(sig, null)))
        .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("timestamp");
    assertThatThrownBy(() -> verifier.verify(BODY, headers(null, null)))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, Map.of()))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, null))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(null, headers(sig, ts)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void malformedHeadersFail() throws Exception {
    String ts = Long.toString(NOW);
    String hex = sign(SECRET, ts, BODY).substring("sha256=".length());
    assertThatThrownBy(() -> verifier.verify(BODY, headers(hex, ts)))
        .as("missing sha256= prefix").isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, headers("sha256=zz", ts)))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, headers("", ts)))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, headers("sha256=" + hex, "soon")))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, headers("sha256=" + hex, "")))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void rotationAcceptsOlderSecret() throws Exception {
    String ts = Long.toString(NOW);
    HmacSignatureVerifier rotating = ChatwootWebhooks.verifier(CLOCK, SECRET, OLD_SECRET);
    assertThatCode(() -> rotating.verify(BODY, headers(sign(OLD_SECRET, ts, BODY), ts)))
        .doesNotThrowAnyException();
    assertThatCode(() -> rotating.verify(BODY, headers(sign(SECRET, ts, BODY), ts)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> verifier.verify(BODY, headers(sign(OLD_SECRET, ts, BODY), ts)))
        .as("without rotation the old secret fails")
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> rotating.verify(BODY, headers(sign("third", ts, BODY), ts)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void headerNamesMatchIgnoringCase() throws Exception {
    String ts = Long.toString(NOW);
    String sig = sign(SECRET, ts, BODY);
    for (String[] names : new String[][] {
        {"x-chatwoot-signature", "x-chatwoot-timestamp"},
        {"X-CHATWOOT-SIGNATURE", "X-CHATWOOT-TIMESTAMP"},
        {"x-Chatwoot-Signature", "X-chatwoot-timestamp"}}) {
      Map<String, String> h = Map.of(names[0], sig, names[1], ts);
      assertThatCode(() -> verifier.verify(BODY, h)).as(names[0]).doesNotThrowAnyException();
    }
    String upperHex = "sha256=" + sig.substring(7).toUpperCase(java.util.Locale.ROOT);
    assertThatCode(() -> verifier.verify(BODY, headers(upperHex, ts)))
        .doesNotThrowAnyException();
  }

  @Test
  void defaultClockVerifierRejectsOldDeliveries() throws Exception {
    HmacSignatureVerifier real = ChatwootWebhooks.verifier(SECRET);
    String ts = "1700000000";
    assertThatThrownBy(() -> real.verify(BODY, headers(sign(SECRET, ts, BODY), ts)))
        .isInstanceOf(WebhookVerificationException.class);
    String now = Long.toString(Instant.now().getEpochSecond());
    assertThatCode(() -> real.verify(BODY, headers(sign(SECRET, now, BODY), now)))
        .doesNotThrowAnyException();
  }

  @Test
  void blankSecretsAreRejected() {
    assertThatThrownBy(() -> ChatwootWebhooks.verifier(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatwootWebhooks.verifier((String) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatwootWebhooks.verifier(SECRET, "ok", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> ChatwootWebhooks.verifier(SECRET, (String[]) null))
        .doesNotThrowAnyException();
  }

  @Test
  void verifiedBodyParses() throws Exception {
    String ts = Long.toString(NOW);
    verifier.verify(BODY, headers(sign(SECRET, ts, BODY), ts));
    org.assertj.core.api.Assertions.assertThat(ChatwootWebhooks.parser().parse(BODY))
        .isInstanceOf(ChatwootEvent.MessageCreated.class);
  }
}
