package dev.omnichannel.core.webhook;

import java.util.Base64;

/** How a signature is written in its header. */
public enum SignatureEncoding {
  /** Hex digits, compared case-insensitively (decoded before comparing). */
  HEX {
    @Override
    String encode(byte[] mac) {
      return HmacSha256.hex(mac);
    }

    @Override
    byte[] decode(String text) {
      return HmacSha256.decodeHex(text);
    }
  },
  /** Standard base64 (padding optional). */
  BASE64 {
    @Override
    String encode(byte[] mac) {
      return HmacSha256.base64(mac);
    }

    @Override
    byte[] decode(String text) {
      return Base64.getDecoder().decode(text);
    }
  };

  abstract String encode(byte[] mac);

  /** Throws IllegalArgumentException when malformed. */
  abstract byte[] decode(String text);
}
