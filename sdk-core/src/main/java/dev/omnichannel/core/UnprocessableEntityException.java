package dev.omnichannel.core;

/** HTTP 422: the provider understood the request but rejected its content (validation). */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public UnprocessableEntityException(ApiError error) {
    super(error);
  }
}
