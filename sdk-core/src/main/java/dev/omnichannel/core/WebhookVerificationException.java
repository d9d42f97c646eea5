package dev.omnichannel.core;

/**
 * A webhook delivery failed authenticity checks (missing or malformed headers, wrong signature,
 * timestamp outside the tolerance, wrong shared secret). Reject the delivery: answer 401 or 403.
 * The message never contains the expected or received signature.
 */
public class WebhookVerificationException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why verification failed, without any secret or signature
   */
  public WebhookVerificationException(String message) {
    super(message);
  }
}
