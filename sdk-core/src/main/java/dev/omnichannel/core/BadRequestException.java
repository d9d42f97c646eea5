package dev.omnichannel.core;

/** HTTP 400: the provider rejected the request as malformed. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public BadRequestException(ApiError error) {
    super(error);
  }
}
