package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.PublicContactParams;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class IdentifierHashTest {

  /** The reference computation, independent of the SDK: HMAC-SHA256 hex (lower-case). */
  static String reference(String key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void matchesAnHmacSha256ComputedWithJavaxCrypto() throws Exception {
    String token = "fUp4qYDKbXpWbN5BH6WuRH2S";
    String identifier = "user-1234567890";
    String expected = reference(token, identifier);
    assertThat(IdentifierHash.of(token, identifier)).isEqualTo(expected)
        .hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void utf8IdentifiersAndEmptyIdentifier() throws Exception {
    assertThat(IdentifierHash.of("k", "ünïcødé@example.com")).isEqualTo(reference("k", "ünïcødé@example.com"));
    assertThat(IdentifierHash.of("k", "")).isEqualTo(reference("k", ""));
  }

  @Test
  void knownVector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    assertThat(IdentifierHash.of("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void differentTokensGiveDifferentHashes() {
    assertThat(IdentifierHash.of("a", "user")).isNotEqualTo(IdentifierHash.of("b", "user"));
  }

  @Test
  void rejectsMissingInputs() {
    assertThatThrownBy(() -> IdentifierHash.of(null, "u")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hmacToken");
    assertThatThrownBy(() -> IdentifierHash.of(" ", "u")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hmacToken");
    assertThatThrownBy(() -> IdentifierHash.of("k", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier");
  }

  @Test
  void contactParamsCarryTheHash() throws Exception {
    String hash = IdentifierHash.of("inbox-hmac-token", "user-42");
    PublicContactParams p = PublicContactParams.builder().identifier("user-42").identifierHash(hash).build();
    assertThat(p.get("identifier")).isEqualTo("user-42");
    assertThat(p.get("identifier_hash")).isEqualTo(reference("inbox-hmac-token", "user-42"));
    assertThat(p.toJson()).containsOnlyKeys("identifier", "identifier_hash");
  }
}
