package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Profile;
import dev.omnichannel.chatwoot.model.ProfileUpdateParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The profile of the user who owns the access token ({@code /api/v1/profile}, not account-scoped).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class ProfileService {

  private final ServiceContext ctx;

  ProfileService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public ProfileService withRequestOptions(RequestOptions options) {
    return new ProfileService(ctx.with(options));
  }

  /**
   * Fetches the token owner's profile.
   *
   * <p>Endpoint: {@code GET /api/v1/profile} (fetchProfile).
   *
   * @return the profile
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Profile retrieve() {
    return ctx.execute(retrieveRequest());
  }

  /**
   * Asynchronous {@link #retrieve}: fetches the token owner's profile.
   *
   * <p>Endpoint: {@code GET /api/v1/profile} (fetchProfile).
   *
   * @return a future completed with the profile, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<Profile> retrieveAsync() {
    return ctx.executeAsync(retrieveRequest());
  }

  private ApiRequest<Profile> retrieveRequest() {
    return ApiRequest.<Profile>builder("GET", "/api/v1/profile")
        .responseType(Profile.class)
        .build();
  }

  /**
   * Updates the token owner's profile.
   *
   * <p>Endpoint: {@code PUT /api/v1/profile} (updateProfile).
   *
   * @param params the fields to change
   * @return the updated profile
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Profile update(ProfileUpdateParams params) {
    return ctx.execute(updateRequest(params));
  }

  /**
   * Asynchronous {@link #update}: updates the token owner's profile.
   *
   * <p>Endpoint: {@code PUT /api/v1/profile} (updateProfile).
   *
   * @param params the fields to change
   * @return a future completed with the updated profile, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Profile> updateAsync(ProfileUpdateParams params) {
    return ctx.executeAsync(updateRequest(params));
  }

  private ApiRequest<Profile> updateRequest(ProfileUpdateParams params) {
    return ApiRequest.<Profile>builder("PUT", "/api/v1/profile")
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(Profile.class)
        .build();
  }
}
