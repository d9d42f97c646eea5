package dev.omnichannel.core;

/** A connect, read, write or whole-call timeout expired after all retries. */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out
   * @param cause the timeout of the last attempt
   * @param attempts how many attempts were made
   * @param requestMaybeSent whether the last attempt may have reached the server
   */
  public ApiTimeoutException(String message, Throwable cause, int attempts, boolean requestMaybeSent) {
    super(message, cause, attempts, requestMaybeSent);
  }
}
