package dev.omnichannel.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.omnichannel.core.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSignatureVerifierTest {

  private static final String SECRET = "s3cr3t-webhook-key-xyz";
  private static final String OLD_SECRET = "old-rotated-secret-abc";
  private static final long NOW = 1_700_000_000L;
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  private static final byte[] BODY =
      "{\"event\":\"message_created\",\"content\":\"\\u003cb\\u003e\"}"
          .getBytes(StandardCharsets.UTF_8);

  private static byte[] mac(String secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] dotted(String ts, byte[] body) {
    byte[] head = (ts + ".").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + body.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    return out;
  }

  private static String chatwootSig(String secret, String ts, byte[] body) {
    return "sha256=" + HexFormat.of().formatHex(mac(secret, dotted(ts, body)));
  }

  private static HmacSignatureVerifier.Builder chatwoot() {
    return HmacSignatureVerifier.builder()
        .secret(SECRET)
        .signatureHeader("X-Chatwoot-Signature")
        .signaturePrefix("sha256=")
        .timestampHeader("X-Chatwoot-Timestamp")
        .signedPayload(SignedPayloadFormat.timestampDotBody())
        .clock(CLOCK);
  }

  private static Map<String, String> headers(String sig, String ts) {
    Map<String, String> h = new LinkedHashMap<>();
    if (sig != null) {
      h.put("X-Chatwoot-Signature", sig);
    }
    if (ts != null) {
      h.put("X-Chatwoot-Timestamp", ts);
    }
    return h;
  }

  /** Asserts failure and that the message leaks neither secrets nor signatures. */
  private static WebhookVerificationException rejected(Runnable r, String... mustNotContain) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(WebhookVerificationException.class);
    String msg = t.getMessage().toLowerCase(Locale.ROOT);
    assertThat(msg).doesNotContain(SECRET.toLowerCase(Locale.ROOT))
        .doesNotContain(OLD_SECRET.toLowerCase(Locale.ROOT));
    for (String s : mustNotContain) {
      if (s != null && !s.isEmpty()) {
        assertThat(msg).doesNotContain(s.toLowerCase(Locale.ROOT));
      }
    }
    return (WebhookVerificationException) t;
  }

  private static String hexOf(String sig) {
    return sig.substring("sha256=".length());
  }

  @Test
  void validChatwootHexSignaturePasses() {
    String ts = Long.toString(NOW);
    String sig = chatwootSig(SECRET, ts, BODY);
    assertThatCode(() -> chatwoot().build().verify(BODY, headers(sig, ts)))
        .doesNotThrowAnyException();
    assertThat(chatwoot().build().sign(BODY, ts)).isEqualTo(sig);
  }

  @Test
  void uppercaseHexAndPrefixCaseAreAccepted() {
    String ts = Long.toString(NOW);
    String sig = chatwootSig(SECRET, ts, BODY).toUpperCase(Locale.ROOT);
    assertThatCode(() -> chatwoot().build().verify(BODY, headers(sig, ts)))
        .doesNotThrowAnyException();
  }

  @Test
  void prefixIsRequiredWhenConfigured() {
    String ts = Long.toString(NOW);
    String bare = hexOf(chatwootSig(SECRET, ts, BODY));
    WebhookVerificationException e =
        rejected(() -> chatwoot().build().verify(BODY, headers(bare, ts)), bare);
    assertThat(e).hasMessageContaining("prefix");
  }

  @Test
  void validBase64BodyOnlyPasses() {
    String sig = Base64.getEncoder().encodeToString(mac(SECRET, BODY));
    HmacSignatureVerifier v = HmacSignatureVerifier.builder()
        .secret(SECRET)
        .signatureHeader("X-Signature")
        .encoding(SignatureEncoding.BASE64)
        .signedPayload(SignedPayloadFormat.bodyOnly())
        .build();
    assertThatCode(() -> v.verify(BODY, Map.of("x-signature", sig))).doesNotThrowAnyException();
    String tampered = sig.substring(0, 10) + (sig.charAt(10) == 'A' ? 'B' : 'A')
        + sig.substring(11);
    rejected(() -> v.verify(BODY, Map.of("x-signature", tampered)), sig, tampered);
    rejected(() -> v.verify(BODY, Map.of("x-signature", "%%%not-base64%%%")), sig);
  }

  @Test
  void tamperedBodyFails() {
    String ts = Long.toString(NOW);
    String sig = chatwootSig(SECRET, ts, BODY);
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 2] ^= 1;
    String expected = chatwootSig(SECRET, ts, tampered);
    WebhookVerificationException e = rejected(
        () -> chatwoot().build().verify(tampered, headers(sig, ts)), hexOf(sig), hexOf(expected));
    assertThat(e).hasMessageContaining("does not match");
  }

  @Test
  void bodyOnlySignatureIsRejectedForTimestampScheme() {
    // the common integration mistake: HMAC of the body alone
    String ts = Long.toString(NOW);
    String wrong = "sha256=" + HexFormat.of().formatHex(mac(SECRET, BODY));
    rejected(() -> chatwoot().build().verify(BODY, headers(wrong, ts)), hexOf(wrong));
  }

  @Test
  void wrongSecretFails() {
    String ts = Long.toString(NOW);
    String sig = chatwootSig("another-secret", ts, BODY);
    rejected(() -> chatwoot().build().verify(BODY, headers(sig, ts)), hexOf(sig),
        hexOf(chatwootSig(SECRET, ts, BODY)), "another-secret");
  }

  @Test
  void rotationAcceptsOldAndNewSecrets() {
    String ts = Long.toString(NOW);
    HmacSignatureVerifier v = chatwoot().secrets(List.of(SECRET, OLD_SECRET)).build();
    assertThatCode(() -> v.verify(BODY, headers(chatwootSig(OLD_SECRET, ts, BODY), ts)))
        .doesNotThrowAnyException();
    assertThatCode(() -> v.verify(BODY, headers(chatwootSig(SECRET, ts, BODY), ts)))
        .doesNotThrowAnyException();
    String other = chatwootSig("third", ts, BODY);
    rejected(() -> v.verify(BODY, headers(other, ts)), hexOf(other));
  }

  @Test
  void staleAndFutureTimestampsFail() {
    long tol = Duration.ofMinutes(5).getSeconds();
    for (long delta : new long[] {-(tol + 1), tol + 1}) {
      String ts = Long.toString(NOW + delta);
      String sig = chatwootSig(SECRET, ts, BODY);
      WebhookVerificationException e =
          rejected(() -> chatwoot().build().verify(BODY, headers(sig, ts)), hexOf(sig));
      assertThat(e).hasMessageContaining(delta < 0 ? "older" : "future");
    }
  }

  @Test
  void exactlyAtToleranceBothWaysPasses() {
    HmacSignatureVerifier v = chatwoot().tolerance(Duration.ofSeconds(60)).build();
    for (long delta : new long[] {-60, 60}) {
      String ts = Long.toString(NOW + delta);
      assertThatCode(() -> v.verify(BODY, headers(chatwootSig(SECRET, ts, BODY), ts)))
          .doesNotThrowAnyException();
    }
    String ts = Long.toString(NOW - 61);
    rejected(() -> v.verify(BODY, headers(chatwootSig(SECRET, ts, BODY), ts)));
  }

  @Test
  void millisecondTimestampsAreAccepted() {
    String ts = Long.toString(NOW * 1000 + 500);
    assertThatCode(() -> chatwoot().build().verify(BODY, headers(chatwootSig(SECRET, ts, BODY),
        ts))).doesNotThrowAnyException();
    String stale = Long.toString((NOW - 301) * 1000);
    rejected(() -> chatwoot().build().verify(BODY, headers(chatwootSig(SECRET, stale, BODY),
        stale)));
  }

  @Test
  void missingOrMalformedHeadersFail() {
    String ts = Long.toString(NOW);
    String sig = chatwootSig(SECRET, ts, BODY);
    assertThat(rejected(() -> chatwoot().build().verify(BODY, headers(null, ts))))
        .hasMessageContaining("missing signature header");
    assertThat(rejected(() -> chatwoot().build().verify(BODY, headers(sig, null)), hexOf(sig)))
        .hasMessageContaining("missing timestamp header");
    assertThat(rejected(() -> chatwoot().build().verify(BODY, headers(sig, "yesterday")),
        hexOf(sig))).hasMessageContaining("not a number");
    assertThat(rejected(() -> chatwoot().build().verify(BODY, headers(sig, "-5")), hexOf(sig)))
        .hasMessageContaining("not a number");
    assertThat(rejected(() -> chatwoot().build().verify(BODY, headers("", ts))))
        .hasMessageContaining("empty");
    assertThat(rejected(() -> chatwoot().build().verify(BODY, headers("sha256=zz", ts))))
        .hasMessageContaining("well-formed");
    assertThat(rejected(() -> chatwoot().build().verify(BODY,
        headers("sha256=" + hexOf(sig).substring(1), ts)))).hasMessageContaining("well-formed");
    rejected(() -> chatwoot().build().verify(null, headers(sig, ts)), hexOf(sig));
    rejected(() -> chatwoot().build().verify(BODY, null));
    rejected(() -> chatwoot().build().verifyMultiValue(BODY, null));
  }

  @Test
  void multipleCandidatesAnyValidOnePasses() {
    String ts = Long.toString(NOW);
    String good = chatwootSig(SECRET, ts, BODY);
    String bad = chatwootSig("nope", ts, BODY);
    HmacSignatureVerifier v = chatwoot().build();
    assertThatCode(() -> v.verify(BODY, headers(bad + ", " + good, ts)))
        .doesNotThrowAnyException();
    assertThatCode(() -> v.verify(BODY, headers("sha256=zz " + good, ts)))
        .doesNotThrowAnyException();
    assertThatCode(() -> v.verify(BODY, headers("v0=abc," + good, ts)))
        .doesNotThrowAnyException();
    rejected(() -> v.verify(BODY, headers(bad + "," + bad, ts)), hexOf(bad), hexOf(good));
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    String ts = Long.toString(NOW);
    String sig = chatwootSig(SECRET, ts, BODY);
    Map<String, String> lower = Map.of("x-chatwoot-signature", sig, "X-CHATWOOT-TIMESTAMP", ts);
    assertThatCode(() -> chatwoot().build().verify(BODY, lower)).doesNotThrowAnyException();
    Map<String, List<String>> multi =
        Map.of("x-chatwoot-signature", List.of(sig), "x-chatwoot-timestamp", List.of(ts));
    assertThatCode(() -> chatwoot().build().verifyMultiValue(BODY, multi))
        .doesNotThrowAnyException();
    Map<String, List<String>> twoTimestamps = Map.of("x-chatwoot-signature", List.of(sig),
        "x-chatwoot-timestamp", List.of(ts, Long.toString(NOW - 1)));
    rejected(() -> chatwoot().build().verifyMultiValue(BODY, twoTimestamps), hexOf(sig));
  }

  @Test
  void builderValidatesWithoutEchoingSecrets() {
    Throwable t = catchThrowable(() -> HmacSignatureVerifier.builder()
        .secrets(List.of(SECRET, " ")));
    assertThat(t).isInstanceOf(IllegalArgumentException.class);
    assertThat(t.getMessage()).doesNotContain(SECRET);
    assertThat(catchThrowable(() -> HmacSignatureVerifier.builder().secrets(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> HmacSignatureVerifier.builder().signatureHeader("x")
        .build())).isInstanceOf(IllegalStateException.class);
    assertThat(catchThrowable(() -> HmacSignatureVerifier.builder().secret(SECRET)
        .signatureHeader("x").signedPayload(SignedPayloadFormat.timestampDotBody()).build()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(catchThrowable(() -> HmacSignatureVerifier.builder().tolerance(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(chatwoot().build().toString()).doesNotContain(SECRET);
  }

  @Test
  void hmacUtilityMatchesJce() {
    byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
    byte[] expected = mac(SECRET, data);
    byte[] actual = HmacSha256.hmacSha256(SECRET.getBytes(StandardCharsets.UTF_8), data);
    assertThat(actual).isEqualTo(expected);
    assertThat(HmacSha256.hex(actual)).isEqualTo(HexFormat.of().formatHex(expected));
    assertThat(HmacSha256.base64(actual)).isEqualTo(Base64.getEncoder().encodeToString(expected));
    assertThat(HmacSha256.decodeHex(HexFormat.of().withUpperCase().formatHex(expected)))
        .isEqualTo(expected);
    assertThat(catchThrowable(() -> HmacSha256.decodeHex("0g")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> HmacSha256.decodeHex("\u0661\u0662")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
