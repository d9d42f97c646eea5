package dev.omnichannel.qontak;

import dev.omnichannel.core.RequestSigner;
import dev.omnichannel.core.webhook.HmacSha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Request;
import okio.Buffer;

/**
 * Signs requests for the Mekari API Gateway (HMAC mode of {@code https://api.mekari.com}), as
 * Mekari's HMAC authentication guide specifies:
 *
 * <ul>
 *   <li>{@code Date}: the current UTC time in RFC 7231 form with a two-digit day
 *       ({@code Wed, 10 Nov 2021 07:24:29 GMT});
 *   <li>request line: {@code <METHOD> <path>[?<query>] HTTP/1.1}, taken from the exact URL sent;
 *   <li>signature: base64(HMAC-SHA256(client secret, {@code "date: " + Date + "\n" + request line}));
 *   <li>{@code Authorization: hmac username="<client id>", algorithm="hmac-sha256",
 *       headers="date request-line", signature="<signature>"}.
 * </ul>
 *
 * <p>Every attempt is signed anew, so retries carry a fresh {@code Date}. The optional
 * {@code Digest: SHA-256=<base64>} body header is off by default (the chat gateway does not enforce
 * it) and never sent for multipart bodies. {@code toString()} hides the secret.
 */
public final class MekariHmacSigner implements RequestSigner {

  /** The Date format Mekari requires: RFC 7231 IMF-fixdate with a two-digit day, in English. */
  public static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private final String clientId;
  private final byte[] clientSecret;
  private final boolean digest;

  /**
   * Creates a signer.
   *
   * @param clientId the Mekari application's client id (sent as {@code username})
   * @param clientSecret the client secret (the HMAC key)
   * @param digest whether to add a {@code Digest} header for non-multipart bodies
   * @throws IllegalArgumentException when the id or secret is blank
   */
  public MekariHmacSigner(String clientId, String clientSecret, boolean digest) {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("Mekari clientId is required");
    }
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalArgumentException("Mekari clientSecret is required");
    }
    if (!clientId.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
      throw new IllegalArgumentException("Mekari clientId contains characters not allowed in a header");
    }
    this.clientId = clientId;
    this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
    this.digest = digest;
  }

  /**
   * The signature of one request, as Mekari computes it.
   *
   * @param clientSecret the client secret
   * @param date the {@code Date} header value
   * @param requestLine {@code <METHOD> <path>[?<query>] HTTP/1.1}
   * @return the base64 signature
   */
  public static String signature(String clientSecret, String date, String requestLine) {
    Objects.requireNonNull(clientSecret, "clientSecret");
    return HmacSha256.base64(HmacSha256.hmacSha256(clientSecret.getBytes(StandardCharsets.UTF_8),
        ("date: " + date + "\n" + requestLine).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The request line of a request as it goes on the wire.
   *
   * @param request the request
   * @return {@code <METHOD> <encoded path>[?<encoded query>] HTTP/1.1}
   */
  public static String requestLine(Request request) {
    String query = request.url().encodedQuery();
    return request.method() + " " + request.url().encodedPath() + (query == null ? "" : "?" + query) + " HTTP/1.1";
  }

  @Override
  public Request sign(Request request, Clock clock) throws IOException {
    String date = DATE_FORMAT.format(clock.instant());
    String signature = HmacSha256.base64(HmacSha256.hmacSha256(clientSecret,
        ("date: " + date + "\n" + requestLine(request)).getBytes(StandardCharsets.UTF_8)));
    Request.Builder b = request.newBuilder()
        .header("Date", date)
        .header("Authorization", "hmac username=\"" + clientId + "\", algorithm=\"hmac-sha256\", "
            + "headers=\"date request-line\", signature=\"" + signature + "\"");
    if (digest && request.body() != null && request.body().contentType() != null
        && !"multipart".equals(request.body().contentType().type())) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      b.header("Digest", "SHA-256=" + Base64.getEncoder().encodeToString(sha256(buffer.readByteArray())));
    }
    return b.build();
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Shows the client id, never the secret. */
  @Override
  public String toString() {
    return "MekariHmacSigner{clientId=" + clientId + ", secret=██, digest=" + digest + "}";
  }
}
