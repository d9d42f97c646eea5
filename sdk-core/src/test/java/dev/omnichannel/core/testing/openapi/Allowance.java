package dev.omnichannel.core.testing.openapi;

/**
 * A known, accepted difference between a provider's real API and its OpenAPI file: a
 * {@link Violation} it covers is reported as allowed, not as a failure. Each module keeps its own
 * list (operation, location, reason and evidence).
 */
public interface Allowance {

  /**
   * Whether this difference forgives a violation.
   *
   * @param v the violation
   * @return true when it does
   */
  boolean covers(Violation v);
}
