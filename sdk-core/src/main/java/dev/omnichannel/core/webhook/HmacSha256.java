package dev.omnichannel.core.webhook;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 and the encodings signatures travel in, for webhook verification and request
 * signing. Stateless and thread-safe.
 */
public final class HmacSha256 {

  /** Length of an HMAC-SHA256 in bytes. */
  public static final int LENGTH = 32;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private HmacSha256() {}

  /**
   * Computes HMAC-SHA256.
   *
   * @param key the key bytes, not empty
   * @param data the data to sign
   * @return the 32-byte MAC
   * @throws IllegalArgumentException when key is null or empty, or data is null
   * @throws IllegalStateException when the JVM has no HmacSHA256 (never on a standard JVM)
   */
  public static byte[] hmacSha256(byte[] key, byte[] data) {
    if (key == null || key.length == 0) {
      throw new IllegalArgumentException("HMAC key must not be empty");
    }
    if (data == null) {
      throw new IllegalArgumentException("data must not be null");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * Encodes bytes as lowercase hex.
   *
   * @param bytes the bytes
   * @return two lowercase hex digits per byte
   * @throws NullPointerException when bytes is null
   */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * Encodes bytes as standard base64 with padding.
   *
   * @param bytes the bytes
   * @return the base64 text
   * @throws NullPointerException when bytes is null
   */
  public static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Decodes hex, either case.
   *
   * @param hex the text
   * @return the bytes
   * @throws IllegalArgumentException when null, of odd length or holding a non-hex character (the
   *     message never echoes the input)
   */
  public static byte[] decodeHex(String hex) {
    if (hex == null || hex.length() % 2 != 0) {
      throw new IllegalArgumentException("malformed hex");
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0 || hex.charAt(2 * i) > 'f' || hex.charAt(2 * i + 1) > 'f') {
        throw new IllegalArgumentException("malformed hex");
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }
}
