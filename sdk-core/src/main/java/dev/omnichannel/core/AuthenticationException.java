package dev.omnichannel.core;

/** HTTP 401 (or an auth failure the SDK could not recover from by refreshing): the credentials are missing, invalid or expired. Some providers (Chatwoot) also answer 401 for permission denials. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   */
  public AuthenticationException(ApiError error) {
    super(error);
  }
}
