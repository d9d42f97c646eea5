package dev.omnichannel.core.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A timestamp header is only a replay guard when the timestamp is signed. */
class HmacReplayConfigTest {

  private static HmacSignatureVerifier.Builder base() {
    return HmacSignatureVerifier.builder().secret("s3cr3t").signatureHeader("X-Signature");
  }

  @Test
  void timestampHeaderWithBodyOnlyPayloadIsRejected() {
    assertThatThrownBy(() -> base().timestampHeader("X-Timestamp")
        .signedPayload(SignedPayloadFormat.bodyOnly()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("timestampHeader")
        .hasMessageContaining("not signed")
        .hasMessageContaining("replayed");
  }

  @Test
  void signedTimestampAndBodyOnlyWithoutTimestampAreFine() {
    assertThatCode(() -> base().timestampHeader("X-Timestamp").build()).doesNotThrowAnyException();
    assertThatCode(() -> base().timestampHeader("X-Timestamp")
        .signedPayload(SignedPayloadFormat.timestampThenBody(".")).build()).doesNotThrowAnyException();
    assertThatCode(() -> base().signedPayload(SignedPayloadFormat.bodyOnly()).build())
        .doesNotThrowAnyException();
  }
}
