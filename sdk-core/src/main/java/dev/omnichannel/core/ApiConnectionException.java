package dev.omnichannel.core;

/**
 * The request could not be completed at the network level (DNS, connect, reset, TLS) after all
 * retries. Whether the provider received a non-idempotent request is unknown unless
 * {@link #requestMaybeSent()} is {@code false}.
 */
public class ApiConnectionException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  /** How many attempts were made. */
  private final int attempts;
  /** Whether the last attempt may have reached the server. */
  private final boolean requestMaybeSent;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the I/O failure of the last attempt
   * @param attempts how many attempts were made
   * @param requestMaybeSent whether the last attempt may have reached the server
   */
  public ApiConnectionException(String message, Throwable cause, int attempts, boolean requestMaybeSent) {
    super(message, cause);
    this.attempts = attempts;
    this.requestMaybeSent = requestMaybeSent;
  }

  /**
   * How many attempts were made before giving up.
   *
   * @return the attempt count, at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether the last attempt may have reached the provider (so a POST may have taken effect).
   *
   * @return {@code false} only when the connection provably failed before the request was written
   */
  public boolean requestMaybeSent() {
    return requestMaybeSent;
  }
}
