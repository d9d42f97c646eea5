package dev.omnichannel.core.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How the signed bytes are built from the timestamp header and the raw body. Immutable.
 */
public final class SignedPayloadFormat {

  private static final SignedPayloadFormat BODY_ONLY = new SignedPayloadFormat(null, "body only");
  private static final SignedPayloadFormat TIMESTAMP_DOT_BODY =
      new SignedPayloadFormat(".", "<timestamp>.<body>");

  private final String separator;
  private final String description;

  private SignedPayloadFormat(String separator, String description) {
    this.separator = separator;
    this.description = description;
  }

  /**
   * The raw body alone.
   *
   * @return the format
   */
  public static SignedPayloadFormat bodyOnly() {
    return BODY_ONLY;
  }

  /**
   * The timestamp header value exactly as received, a dot, then the raw body (Chatwoot, Stripe).
   *
   * @return the format
   */
  public static SignedPayloadFormat timestampDotBody() {
    return TIMESTAMP_DOT_BODY;
  }

  /**
   * The timestamp header value, a separator, then the raw body.
   *
   * @param separator text between timestamp and body, may be empty
   * @return the format
   * @throws NullPointerException when separator is null
   */
  public static SignedPayloadFormat timestampThenBody(String separator) {
    Objects.requireNonNull(separator, "separator");
    return new SignedPayloadFormat(separator, "<timestamp>" + separator + "<body>");
  }

  /**
   * Whether the format needs a timestamp.
   *
   * @return true unless this is {@link #bodyOnly()}
   */
  public boolean usesTimestamp() {
    return separator != null;
  }

  /**
   * Builds the bytes to sign.
   *
   * @param timestamp the timestamp header value as received; ignored by {@link #bodyOnly()}
   * @param rawBody the raw body
   * @return a new array
   * @throws NullPointerException when rawBody, or a needed timestamp, is null
   */
  public byte[] signedBytes(String timestamp, byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (separator == null) {
      return rawBody.clone();
    }
    byte[] head = (Objects.requireNonNull(timestamp, "timestamp") + separator)
        .getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + rawBody.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(rawBody, 0, out, head.length, rawBody.length);
    return out;
  }

  @Override
  public String toString() {
    return description;
  }
}
