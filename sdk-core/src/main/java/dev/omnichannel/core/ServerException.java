package dev.omnichannel.core;

/** HTTP 5xx: the provider failed; retried automatically where safe before this is thrown. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public ServerException(ApiError error) {
    super(error);
  }
}
