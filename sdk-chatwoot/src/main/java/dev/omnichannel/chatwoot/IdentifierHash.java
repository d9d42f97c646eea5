package dev.omnichannel.chatwoot;

import dev.omnichannel.core.webhook.HmacSha256;
import java.nio.charset.StandardCharsets;

/**
 * Computes the {@code identifier_hash} Chatwoot checks for contact identity verification: the
 * lower-case hex HMAC-SHA256 of the contact's {@code identifier}, keyed with the inbox's
 * {@code hmac_token} (shown to admins in the inbox settings; not the webhook secret).
 *
 * <pre>{@code
 * PublicContactParams params = PublicContactParams.builder()
 *     .identifier(userId)
 *     .identifierHash(IdentifierHash.of(hmacToken, userId))
 *     .build();
 * }</pre>
 *
 * <p>Compute it on your server: the {@code hmac_token} is a secret and must never reach a browser
 * or app. Send it with the Client API contact create or update; a valid hash marks the contact as
 * verified, so the Client API then lists all of the contact's conversations.
 */
public final class IdentifierHash {

  private IdentifierHash() {}

  /**
   * The identifier hash of a contact.
   *
   * @param hmacToken the inbox's {@code hmac_token}
   * @param identifier the contact's {@code identifier} (your user id), as sent
   * @return 64 lower-case hex characters
   * @throws IllegalArgumentException when the token is null or blank, or the identifier is null
   */
  public static String of(String hmacToken, String identifier) {
    if (hmacToken == null || hmacToken.isBlank()) {
      throw new IllegalArgumentException("hmacToken is required");
    }
    if (identifier == null) {
      throw new IllegalArgumentException("identifier is required");
    }
    return HmacSha256.hex(HmacSha256.hmacSha256(
        hmacToken.getBytes(StandardCharsets.UTF_8), identifier.getBytes(StandardCharsets.UTF_8)));
  }
}
