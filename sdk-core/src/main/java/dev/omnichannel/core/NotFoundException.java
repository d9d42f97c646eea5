package dev.omnichannel.core;

/** HTTP 404: the resource does not exist (or is not visible to these credentials). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public NotFoundException(ApiError error) {
    super(error);
  }
}
