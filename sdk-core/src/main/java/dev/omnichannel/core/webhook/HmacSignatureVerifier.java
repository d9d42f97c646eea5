package dev.omnichannel.core.webhook;

import dev.omnichannel.core.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies an HMAC-SHA256 webhook signature over the raw body, optionally bound to a timestamp
 * header that must lie within a tolerance of now in both directions. Several secrets may be
 * configured for rotation (any match passes), and the signature header may carry several
 * candidates separated by commas or spaces (any valid one passes).
 *
 * <p>Fails closed: every problem throws {@link WebhookVerificationException}, whose message never
 * contains a secret, the expected signature or the received one. Comparison is constant-time on
 * the decoded bytes. Secrets and keys are UTF-8 bytes of the configured strings. Immutable and
 * thread-safe.
 *
 * <p>Chatwoot, for example:
 *
 * <pre>{@code
 * HmacSignatureVerifier v = HmacSignatureVerifier.builder()
 *     .secret(webhookSecret)
 *     .signatureHeader("X-Chatwoot-Signature").signaturePrefix("sha256=")
 *     .timestampHeader("X-Chatwoot-Timestamp")
 *     .signedPayload(SignedPayloadFormat.timestampDotBody())
 *     .build();
 * v.verify(rawBody, headers);
 * }</pre>
 */
public final class HmacSignatureVerifier {

  /** The default timestamp tolerance, applied both to the past and the future. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final long MILLIS_THRESHOLD = 100_000_000_000L; // 1e11
  private static final int MAX_CANDIDATES = 16;

  private final List<byte[]> keys;
  private final String signatureHeader;
  private final String signaturePrefix;
  private final SignatureEncoding encoding;
  private final String timestampHeader;
  private final SignedPayloadFormat format;
  private final Duration tolerance;
  private final Clock clock;

  private HmacSignatureVerifier(Builder b) {
    this.keys = List.copyOf(b.keys);
    this.signatureHeader = b.signatureHeader;
    this.signaturePrefix = b.signaturePrefix;
    this.encoding = b.encoding;
    this.timestampHeader = b.timestampHeader;
    this.format = b.format != null ? b.format
        : (b.timestampHeader != null ? SignedPayloadFormat.timestampDotBody()
            : SignedPayloadFormat.bodyOnly());
    this.tolerance = b.tolerance;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery whose headers have one value per name.
   *
   * @param rawBody the body bytes exactly as received
   * @param headers request headers; names are matched ignoring case
   * @throws WebhookVerificationException when anything is missing, malformed, outside the
   *     tolerance or does not match
   */
  public void verify(byte[] rawBody, Map<String, String> headers) {
    if (headers == null) {
      throw new WebhookVerificationException("webhook headers are missing");
    }
    List<String> signatures;
    List<String> timestamps;
    try {
      signatures = Headers.single(headers, signatureHeader);
      timestamps = timestampHeader == null ? List.of() : Headers.single(headers, timestampHeader);
    } catch (RuntimeException e) {
      throw new WebhookVerificationException("webhook headers cannot be read");
    }
    check(rawBody, signatures, timestamps);
  }

  /**
   * Verifies a delivery whose headers may have several values per name (servlet and JDK
   * {@code HttpServer} style).
   *
   * @param rawBody the body bytes exactly as received
   * @param headers request headers; names are matched ignoring case
   * @throws WebhookVerificationException when anything is missing, malformed, outside the
   *     tolerance or does not match
   */
  public void verifyMultiValue(byte[] rawBody, Map<String, ? extends List<String>> headers) {
    if (headers == null) {
      throw new WebhookVerificationException("webhook headers are missing");
    }
    List<String> signatures;
    List<String> timestamps;
    try {
      signatures = Headers.multi(headers, signatureHeader);
      timestamps = timestampHeader == null ? List.of() : Headers.multi(headers, timestampHeader);
    } catch (RuntimeException e) {
      throw new WebhookVerificationException("webhook headers cannot be read");
    }
    check(rawBody, signatures, timestamps);
  }

  /**
   * Computes the signature header value a sender would put on this body with the first secret;
   * for tests and local tooling.
   *
   * @param rawBody the body bytes
   * @param timestamp the timestamp header value, or null when the format signs the body only
   * @return the prefix followed by the encoded MAC
   * @throws IllegalArgumentException when rawBody is null, or the format needs a timestamp and it
   *     is null
   */
  public String sign(byte[] rawBody, String timestamp) {
    if (rawBody == null) {
      throw new IllegalArgumentException("rawBody must not be null");
    }
    if (format.usesTimestamp() && timestamp == null) {
      throw new IllegalArgumentException("timestamp is required by " + format);
    }
    byte[] mac = HmacSha256.hmacSha256(keys.get(0), format.signedBytes(timestamp, rawBody));
    return signaturePrefix + encoding.encode(mac);
  }

  private void check(byte[] rawBody, List<String> signatures, List<String> timestamps) {
    try {
      doCheck(rawBody, signatures, timestamps);
    } catch (WebhookVerificationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new WebhookVerificationException("webhook signature could not be verified");
    }
  }

  private void doCheck(byte[] rawBody, List<String> signatures, List<String> timestamps) {
    if (rawBody == null) {
      throw new WebhookVerificationException("webhook body is missing");
    }
    String timestamp = null;
    if (timestampHeader != null) {
      timestamp = checkTimestamp(timestamps);
    }
    if (signatures.isEmpty()) {
      throw new WebhookVerificationException("missing signature header " + signatureHeader);
    }
    List<byte[]> candidates = new ArrayList<>();
    boolean anyText = false;
    for (String header : signatures) {
      for (String token : header.split("[,\\s]+")) {
        if (token.isEmpty()) {
          continue;
        }
        anyText = true;
        String value = token;
        if (!signaturePrefix.isEmpty()) {
          if (!token.regionMatches(true, 0, signaturePrefix, 0, signaturePrefix.length())) {
            continue;
          }
          value = token.substring(signaturePrefix.length());
        }
        if (value.isEmpty()) {
          continue;
        }
        byte[] decoded;
        try {
          decoded = encoding.decode(value);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (decoded.length == HmacSha256.LENGTH && candidates.size() < MAX_CANDIDATES) {
          candidates.add(decoded);
        }
      }
    }
    if (!anyText) {
      throw new WebhookVerificationException("signature header " + signatureHeader + " is empty");
    }
    if (candidates.isEmpty()) {
      throw new WebhookVerificationException("signature header " + signatureHeader
          + " holds no well-formed " + encoding + " signature"
          + (signaturePrefix.isEmpty() ? "" : " with the expected prefix"));
    }
    byte[] signed = format.signedBytes(timestamp, rawBody);
    boolean match = false;
    for (byte[] key : keys) {
      byte[] expected = HmacSha256.hmacSha256(key, signed);
      for (byte[] candidate : candidates) {
        match |= MessageDigest.isEqual(candidate, expected);
      }
    }
    if (!match) {
      throw new WebhookVerificationException("webhook signature does not match");
    }
  }

  private String checkTimestamp(List<String> values) {
    if (values.isEmpty()) {
      throw new WebhookVerificationException("missing timestamp header " + timestampHeader);
    }
    String first = values.get(0);
    for (String v : values) {
      if (!v.equals(first)) {
        throw new WebhookVerificationException("timestamp header " + timestampHeader
            + " appears more than once with different values");
      }
    }
    String ts = first.trim();
    if (ts.isEmpty()) {
      throw new WebhookVerificationException("timestamp header " + timestampHeader + " is empty");
    }
    if (ts.length() > 18 || !ts.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new WebhookVerificationException("timestamp header " + timestampHeader
          + " is not a number of epoch seconds or milliseconds");
    }
    long n = Long.parseLong(ts);
    Instant sent = n >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    Instant now = clock.instant();
    if (sent.isBefore(now.minus(tolerance))) {
      throw new WebhookVerificationException("timestamp header " + timestampHeader
          + " is older than the tolerance of " + tolerance.getSeconds() + "s");
    }
    if (sent.isAfter(now.plus(tolerance))) {
      throw new WebhookVerificationException("timestamp header " + timestampHeader
          + " is further in the future than the tolerance of " + tolerance.getSeconds() + "s");
    }
    // Sign the value exactly as received (untrimmed), as senders do.
    return first;
  }

  /**
   * Describes the configuration without secrets.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "HmacSignatureVerifier{header=" + signatureHeader + ", prefix=" + signaturePrefix
        + ", encoding=" + encoding + ", timestampHeader=" + timestampHeader + ", payload=" + format
        + ", tolerance=" + tolerance + ", secrets=" + keys.size() + "}";
  }

  /** Builds an {@link HmacSignatureVerifier}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private List<byte[]> keys = List.of();
    private String signatureHeader;
    private String signaturePrefix = "";
    private SignatureEncoding encoding = SignatureEncoding.HEX;
    private String timestampHeader;
    private SignedPayloadFormat format;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the one secret (replacing any set before).
     *
     * @param secret the webhook secret, used as its UTF-8 bytes
     * @return this builder
     * @throws IllegalArgumentException when null or blank (the value is never echoed)
     */
    public Builder secret(String secret) {
      return secrets(java.util.Collections.singletonList(secret));
    }

    /**
     * Sets several secrets for rotation; a signature made with any of them passes.
     *
     * @param secrets the secrets, at least one, none null or blank
     * @return this builder
     * @throws IllegalArgumentException when the list is null or empty, or a secret is null or
     *     blank (values are never echoed)
     */
    public Builder secrets(List<String> secrets) {
      if (secrets == null || secrets.isEmpty()) {
        throw new IllegalArgumentException("at least one webhook secret is required");
      }
      List<byte[]> out = new ArrayList<>();
      for (int i = 0; i < secrets.size(); i++) {
        String s = secrets.get(i);
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException("webhook secret #" + (i + 1) + " is null or blank");
        }
        out.add(s.getBytes(StandardCharsets.UTF_8));
      }
      this.keys = out;
      return this;
    }

    /**
     * Sets the header holding the signature (required).
     *
     * @param name header name, matched ignoring case
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder signatureHeader(String name) {
      this.signatureHeader = requireName(name, "signatureHeader");
      return this;
    }

    /**
     * Sets the prefix before the encoded MAC in each candidate, e.g. {@code "sha256="}; matched
     * ignoring case. Candidates without it are ignored. Default: none.
     *
     * @param prefix the prefix, empty for none
     * @return this builder
     * @throws NullPointerException when prefix is null
     */
    public Builder signaturePrefix(String prefix) {
      this.signaturePrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Sets how the MAC is encoded. Default {@link SignatureEncoding#HEX}.
     *
     * @param encoding the encoding
     * @return this builder
     * @throws NullPointerException when encoding is null
     */
    public Builder encoding(SignatureEncoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /**
     * Sets the header holding the send time in epoch seconds (values of at least 1e11 are read as
     * milliseconds). When set, it is required on every delivery and checked against the
     * tolerance. Default: none (no replay window).
     *
     * @param name header name, matched ignoring case
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder timestampHeader(String name) {
      this.timestampHeader = requireName(name, "timestampHeader");
      return this;
    }

    /**
     * Sets how the signed bytes are built. Default: {@link SignedPayloadFormat#timestampDotBody()}
     * when a timestamp header is set, else {@link SignedPayloadFormat#bodyOnly()}.
     *
     * @param format the format
     * @return this builder
     * @throws NullPointerException when format is null
     */
    public Builder signedPayload(SignedPayloadFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets how far the timestamp may be from now, in either direction (inclusive). Default five
     * minutes.
     *
     * @param tolerance a positive duration
     * @return this builder
     * @throws IllegalArgumentException when null, zero or negative
     */
    public Builder tolerance(Duration tolerance) {
      if (tolerance == null || tolerance.isZero() || tolerance.isNegative()) {
        throw new IllegalArgumentException("tolerance must be positive");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the clock for the timestamp check. Default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException when clock is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the immutable verifier.
     *
     * @return the verifier
     * @throws IllegalStateException when no secret or signature header is set, the payload
     *     format needs a timestamp and no timestamp header is set, or a timestamp header is set
     *     with a payload format that does not sign it
     */
    public HmacSignatureVerifier build() {
      if (keys.isEmpty()) {
        throw new IllegalStateException("a webhook secret is required");
      }
      if (signatureHeader == null) {
        throw new IllegalStateException("signatureHeader is required");
      }
      if (format != null && format.usesTimestamp() && timestampHeader == null) {
        throw new IllegalStateException("signed payload " + format
            + " needs timestampHeader(...)");
      }
      if (format != null && !format.usesTimestamp() && timestampHeader != null) {
        throw new IllegalStateException("timestampHeader(...) with signed payload " + format
            + " checks a timestamp that is not signed, so a captured delivery could be replayed"
            + " with a fresh timestamp; sign it (e.g. timestampDotBody()) or drop timestampHeader");
      }
      return new HmacSignatureVerifier(this);
    }

    private static String requireName(String name, String what) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return name.trim();
    }
  }
}
