package dev.omnichannel.core;

/**
 * Root of every exception this SDK throws. Unchecked, so callers catch only what they can handle.
 *
 * <p>Messages are short and never contain response bodies, tokens, secrets or personal data; use
 * the accessors of the concrete subclasses for details.
 */
public class OmnichannelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, free of secrets
   */
  public OmnichannelException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, free of secrets
   * @param cause the underlying problem
   */
  public OmnichannelException(String message, Throwable cause) {
    super(message, cause);
  }
}
