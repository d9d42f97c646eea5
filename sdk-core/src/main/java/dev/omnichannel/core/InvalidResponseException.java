package dev.omnichannel.core;

/**
 * The provider answered with a success status but a body this SDK cannot decode (not JSON, wrong
 * shape, missing required values). The raw body is kept for diagnosis; it is not in the message.
 */
public class InvalidResponseException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the undecodable response. */
  private final int statusCode;
  private final transient String rawBody;

  /**
   * Creates the exception.
   *
   * @param message what could not be decoded, without the body
   * @param cause the decoding failure
   * @param statusCode the HTTP status of the response
   * @param rawBody the body as received (may be empty)
   */
  public InvalidResponseException(String message, Throwable cause, int statusCode, String rawBody) {
    super(message, cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  /**
   * The HTTP status of the undecodable response.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The body as received. It may contain personal data: do not log it carelessly.
   *
   * @return the raw body, never null
   */
  public String rawBody() {
    return rawBody;
  }
}
