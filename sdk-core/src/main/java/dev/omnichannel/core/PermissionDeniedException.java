package dev.omnichannel.core;

/** HTTP 403: the credentials are valid but not allowed to do this. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public PermissionDeniedException(ApiError error) {
    super(error);
  }
}
