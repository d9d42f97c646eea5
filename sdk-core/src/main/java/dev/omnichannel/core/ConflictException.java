package dev.omnichannel.core;

/** HTTP 409: the request conflicts with the current state of the resource. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public ConflictException(ApiError error) {
    super(error);
  }
}
