package dev.omnichannel.core;

import java.util.List;
import java.util.Map;

/**
 * The provider answered with an error: a non-2xx status, or an error envelope sent with 2xx.
 * Subclasses narrow the status; use {@link #of(ApiError)} to pick the right one.
 *
 * <p>{@link #getMessage()} holds the status, the provider's short error message and the request
 * id; never the body or credentials.
 */
public class ApiException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  /**
   * Creates the exception from the error details.
   *
   * @param error what the provider answered
   */
  public ApiException(ApiError error) {
    super(describe(error));
    this.error = error;
  }

  /**
   * Maps an error to the most specific exception class for its status.
   *
   * @param error what the provider answered
   * @return the exception to throw
   */
  public static ApiException of(ApiError error) {
    return of(error.statusCode(), error);
  }

  /**
   * Maps an error to the exception class for {@code meaning}, a status the provider's error
   * envelope says the error really has (e.g. a 422 "please wait" that means 429, or an error
   * sent with 200 that means 404). The error keeps its real HTTP status.
   *
   * @param meaning the status that picks the class
   * @param error what the provider answered
   * @return the exception to throw
   */
  public static ApiException of(int meaning, ApiError error) {
    return switch (meaning) {
      case 400 -> new BadRequestException(error);
      case 401 -> new AuthenticationException(error);
      case 403 -> new PermissionDeniedException(error);
      case 404 -> new NotFoundException(error);
      case 409 -> new ConflictException(error);
      case 422 -> new UnprocessableEntityException(error);
      case 429 -> new RateLimitException(error, null);
      default -> meaning >= 500 && meaning <= 599 ? new ServerException(error) : new ApiException(error);
    };
  }

  private static String describe(ApiError error) {
    StringBuilder sb = new StringBuilder("HTTP ").append(error.statusCode());
    if (error.providerErrorCode() != null) {
      sb.append(" [").append(truncate(error.providerErrorCode(), 64)).append(']');
    }
    if (error.providerErrorMessage() != null && !error.providerErrorMessage().isBlank()) {
      sb.append(": ").append(truncate(error.providerErrorMessage(), 300));
    }
    if (error.requestId() != null) {
      sb.append(" (request-id ").append(truncate(error.requestId(), 100)).append(')');
    }
    return sb.toString();
  }

  private static String truncate(String s, int max) {
    String oneLine = s.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }

  /**
   * All details of the failed response.
   *
   * @return the error details
   */
  public ApiError error() {
    return error;
  }

  /**
   * The HTTP status code.
   *
   * @return the status
   */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * The response headers, names lower-cased.
   *
   * @return the headers, never null
   */
  public Map<String, List<String>> headers() {
    return error.headers();
  }

  /**
   * The provider's request id, useful when contacting their support.
   *
   * @return the request id, or null when the response had none
   */
  public String requestId() {
    return error.requestId();
  }

  /**
   * The provider's own error code, when its error envelope has one.
   *
   * @return the code, or null
   */
  public String providerErrorCode() {
    return error.providerErrorCode();
  }

  /**
   * The provider's own error message, when its error envelope has one.
   *
   * @return the message, or null
   */
  public String providerErrorMessage() {
    return error.providerErrorMessage();
  }

  /**
   * The body as received (may contain personal data; not part of the message).
   *
   * @return the raw body, never null
   */
  public String rawBody() {
    return error.rawBody();
  }

  /**
   * How many attempts were made before this error surfaced.
   *
   * @return the attempt count, at least 1
   */
  public int attempts() {
    return error.attempts();
  }
}
