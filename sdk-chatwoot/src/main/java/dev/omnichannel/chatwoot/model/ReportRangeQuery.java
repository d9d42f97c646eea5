package dev.omnichannel.chatwoot.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The period of a summary or distribution report ({@code since}/{@code until}, sent as Unix epoch
 * seconds) and whether to count business hours only ({@code business_hours}, read by the inbox,
 * agent and team summary reports). Every field is optional. Immutable.
 */
public final class ReportRangeQuery extends ReportPeriod {

  private static final ReportRangeQuery NONE = builder().build();

  private final Boolean businessHours;

  private ReportRangeQuery(Builder b) {
    super(b);
    this.businessHours = b.businessHours;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A query without period or flags (the server's defaults apply).
   *
   * @return the empty query
   */
  public static ReportRangeQuery none() {
    return NONE;
  }

  /**
   * A query for the period from {@code since} to {@code until}.
   *
   * @param since the start
   * @param until the end
   * @return the query
   * @throws IllegalArgumentException when until is before since
   */
  public static ReportRangeQuery between(Instant since, Instant until) {
    return builder().since(since).until(until).build();
  }

  /**
   * Whether to count business hours only.
   *
   * @return the flag, or null when unset (not sent)
   */
  public Boolean businessHours() {
    return businessHours;
  }

  /** Shows the period and flag. */
  @Override
  public String toString() {
    return "ReportRangeQuery{since=" + since() + ", until=" + until() + ", businessHours="
        + businessHours + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportRangeQuery other
        && samePeriod(other)
        && Objects.equals(businessHours, other.businessHours);
  }

  @Override
  public int hashCode() {
    return Objects.hash(since(), until(), businessHours);
  }

  /** Builder for {@link ReportRangeQuery}. Not thread-safe. */
  public static final class Builder extends PeriodBuilder<Builder> {
    private Boolean businessHours;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Counts business hours only ({@code business_hours}); read by the inbox, agent and team
     * summary reports.
     *
     * @param businessHours the flag, or null to unset
     * @return this builder
     */
    public Builder businessHours(Boolean businessHours) {
      this.businessHours = businessHours;
      return this;
    }

    /**
     * Validates and builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException when until is before since
     */
    public ReportRangeQuery build() {
      checkRange();
      return new ReportRangeQuery(this);
    }
  }
}
