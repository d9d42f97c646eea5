package dev.omnichannel.core;

import java.util.Optional;

/**
 * Reads a provider's error envelope. Each provider module ships one; the transport calls it for
 * every non-2xx response, and for 2xx responses to detect errors sent with a success status.
 * Implementations must not throw: return {@link ProviderError#NONE} when the body is not
 * recognised (plain text, HTML, empty).
 */
public interface ErrorDecoder {

  /**
   * Extracts the provider's code and message from an error response.
   *
   * @param statusCode the HTTP status
   * @param body the response body as text (may be empty or not JSON)
   * @return what was found, never null
   */
  ProviderError decode(int statusCode, String body);

  /**
   * Detects an error envelope inside a 2xx response. The default finds none.
   *
   * @param statusCode the HTTP status (2xx)
   * @param body the response body as text
   * @return the error when the body is one, else empty
   */
  default Optional<ProviderError> errorInSuccess(int statusCode, String body) {
    return Optional.empty();
  }

  /**
   * A decoder that recognises nothing: messages come from the HTTP status only.
   *
   * @return the decoder
   */
  static ErrorDecoder none() {
    return (status, body) -> ProviderError.NONE;
  }
}
