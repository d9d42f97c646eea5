package dev.omnichannel.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything known about a failed API response, carried by {@link ApiException}.
 *
 * @param statusCode HTTP status (may be 2xx for providers that report errors with 200)
 * @param headers response headers, names lower-cased
 * @param requestId the provider's request id header, or null when absent
 * @param providerErrorCode the provider's own error code, or null
 * @param providerErrorMessage the provider's own error message, or null
 * @param rawBody the response body as received (possibly truncated to 64 KiB), never null
 * @param attempts how many attempts the SDK made
 */
public record ApiError(
    int statusCode,
    Map<String, List<String>> headers,
    String requestId,
    String providerErrorCode,
    String providerErrorMessage,
    String rawBody,
    int attempts) {

  /**
   * Normalises nulls to empty values.
   *
   * @param statusCode HTTP status
   * @param headers response headers, names lower-cased
   * @param requestId the provider's request id, or null
   * @param providerErrorCode the provider's error code, or null
   * @param providerErrorMessage the provider's error message, or null
   * @param rawBody the response body, or null for none
   * @param attempts how many attempts were made
   */
  public ApiError {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    rawBody = Objects.requireNonNullElse(rawBody, "");
  }

  /** Keeps the body out of logs; use {@link #rawBody()} deliberately. */
  @Override
  public String toString() {
    return "ApiError{statusCode=" + statusCode + ", requestId=" + requestId
        + ", providerErrorCode=" + providerErrorCode + ", attempts=" + attempts
        + ", rawBody=<" + rawBody.length() + " chars>}";
  }
}
