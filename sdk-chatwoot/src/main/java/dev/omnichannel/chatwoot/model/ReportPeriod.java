package dev.omnichannel.chatwoot.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The report period ({@code since}/{@code until}, sent as Unix epoch seconds) shared by
 * {@link ReportQuery}, {@link ReportRangeQuery} and {@link ReportEventQuery}, with the builder
 * setters and the range check. Immutable.
 */
abstract class ReportPeriod {

  private final Instant since;
  private final Instant until;

  /**
   * Copies the period of a builder.
   *
   * @param b the builder
   */
  ReportPeriod(PeriodBuilder<?> b) {
    this.since = b.since;
    this.until = b.until;
  }

  /**
   * The start of the period.
   *
   * @return the instant, or null when unset
   */
  public Instant since() {
    return since;
  }

  /**
   * The end of the period.
   *
   * @return the instant, or null when unset
   */
  public Instant until() {
    return until;
  }

  /**
   * Whether another query covers the same period (for {@code equals}).
   *
   * @param other the other query
   * @return true when since and until are equal
   */
  final boolean samePeriod(ReportPeriod other) {
    return Objects.equals(since, other.since) && Objects.equals(until, other.until);
  }

  /**
   * Collects the period of a query.
   *
   * @param <B> the concrete builder, returned by every setter
   */
  abstract static class PeriodBuilder<B extends PeriodBuilder<B>> {
    private Instant since;
    private Instant until;

    /** Creates a builder without period. */
    PeriodBuilder() {}

    /**
     * The concrete builder.
     *
     * @return {@code this}
     */
    abstract B self();

    /**
     * Sets the start of the period ({@code since}, sent as epoch seconds).
     *
     * @param since the start, or null to unset
     * @return this builder
     */
    public B since(Instant since) {
      this.since = since;
      return self();
    }

    /**
     * Sets the end of the period ({@code until}, sent as epoch seconds).
     *
     * @param until the end, or null to unset
     * @return this builder
     */
    public B until(Instant until) {
      this.until = until;
      return self();
    }

    /**
     * Checks the period before a query is built.
     *
     * @throws IllegalArgumentException when until is before since
     */
    final void checkRange() {
      if (since != null && until != null && until.isBefore(since)) {
        throw new IllegalArgumentException("until must not be before since");
      }
    }
  }
}
