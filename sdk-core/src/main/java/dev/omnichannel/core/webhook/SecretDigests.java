package dev.omnichannel.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared-secret comparison without timing or length leaks: both sides are hashed with SHA-256
 * and the digests compared with {@link MessageDigest#isEqual}. Not public API.
 */
final class SecretDigests {
  private final List<byte[]> digests;

  SecretDigests(List<String> secrets, String what) {
    if (secrets == null || secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one " + what + " secret is required");
    }
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < secrets.size(); i++) {
      String s = secrets.get(i);
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(what + " secret #" + (i + 1) + " is null or blank");
      }
      out.add(sha256(s));
    }
    this.digests = List.copyOf(out);
  }

  int size() {
    return digests.size();
  }

  /** True when value equals any secret; every secret is compared. */
  boolean matches(String value) {
    byte[] d = sha256(value);
    boolean match = false;
    for (byte[] secret : digests) {
      match |= MessageDigest.isEqual(d, secret);
    }
    return match;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
