package dev.omnichannel.core.testing.openapi;

/**
 * One way a request breaks the spec.
 *
 * @param operationId the operation it was checked against ({@code (none)} when no path matched)
 * @param location where: {@code method}, {@code path}, {@code path-param account_id}, {@code query
 *     labels}, {@code content-type}, {@code body}, or {@code body $.a.b[0]} (a JSON path)
 * @param message expected versus actual, in words
 */
public record Violation(String operationId, String location, String message) {

  /** {@code operationId | location | message}. */
  @Override
  public String toString() {
    return operationId + " | " + location + " | " + message;
  }
}
