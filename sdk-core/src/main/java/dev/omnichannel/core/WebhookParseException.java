package dev.omnichannel.core;

/**
 * A webhook body could not be parsed: it is empty, not valid UTF-8, not JSON, not a JSON object,
 * nested too deeply, or a known event whose fields have the wrong types. The message says what was
 * wrong and where; the raw body is kept (not in the message).
 */
public class WebhookParseException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  private final transient byte[] rawBody;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and where
   * @param rawBody the body as received
   * @param cause the underlying failure, may be null
   */
  public WebhookParseException(String message, byte[] rawBody, Throwable cause) {
    super(message, cause);
    this.rawBody = rawBody == null ? new byte[0] : rawBody.clone();
  }

  /**
   * The body as received.
   *
   * @return a copy of the raw bytes, never null
   */
  public byte[] rawBody() {
    return rawBody.clone();
  }
}
