package dev.omnichannel.core;

/**
 * A provider's error envelope reduced to what every provider has: a code and a message.
 *
 * @param code the provider's error code, or null
 * @param message the provider's error message, or null
 * @param effectiveStatus the status the error really means when it differs from the HTTP status
 *     (an error sent with 200 that means 404; a 422 "please wait" that means 429), used to pick the
 *     exception class and whether to retry; 0 to keep the HTTP status
 */
public record ProviderError(String code, String message, int effectiveStatus) {

  /** No code, no message. */
  public static final ProviderError NONE = new ProviderError(null, null, 0);

  /**
   * An error with a message only.
   *
   * @param message the provider's message
   * @return the error
   */
  public static ProviderError ofMessage(String message) {
    return new ProviderError(null, message, 0);
  }
}
