package dev.omnichannel.chatwoot.model;

/**
 * A single-sign-on link for a user ({@code GET /platform/api/v1/users/{id}/login}). Opening it
 * signs the user in to the Chatwoot dashboard without a password, so the URL is a credential:
 * hand it only to that user, do not log it. {@code toString()} hides it.
 *
 * @param url the one-time login URL ({@code .../app/login?email=...&sso_auth_token=...})
 */
public record PlatformSsoLink(String url) {

  /** Hides the URL. */
  @Override
  public String toString() {
    return "PlatformSsoLink[url=" + (url == null ? "null" : "██") + "]";
  }
}
