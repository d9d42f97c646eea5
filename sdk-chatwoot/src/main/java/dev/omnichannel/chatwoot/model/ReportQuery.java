package dev.omnichannel.chatwoot.model;

import java.util.Objects;

/**
 * What a report covers: its scope ({@link ReportType} and the object's id), the period and, for
 * the time series, the {@link ReportMetric}. Used by
 * {@code GET /api/v2/accounts/{account_id}/reports} (metric required) and
 * {@code .../reports/summary} (metric ignored). {@code since}/{@code until} are sent as Unix epoch
 * seconds, as Chatwoot expects. Immutable.
 */
public final class ReportQuery extends ReportPeriod {

  private final ReportType type;
  private final String id;
  private final ReportMetric metric;
  private final String groupBy;
  private final String timezoneOffset;

  private ReportQuery(Builder b) {
    super(b);
    this.type = b.type;
    this.id = b.id;
    this.metric = b.metric;
    this.groupBy = b.groupBy;
    this.timezoneOffset = b.timezoneOffset;
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
   * The scope of the report.
   *
   * @return the type, never null
   */
  public ReportType type() {
    return type;
  }

  /**
   * The id of the agent, inbox, label or team the report is about.
   *
   * @return the id, or null for account reports
   */
  public String id() {
    return id;
  }

  /**
   * The metric of a time series.
   *
   * @return the metric, or null when unset
   */
  public ReportMetric metric() {
    return metric;
  }

  /**
   * The bucket size of a time series ({@code day}, {@code week}, {@code month}, {@code year}).
   *
   * @return the value, or null when unset
   */
  public String groupBy() {
    return groupBy;
  }

  /**
   * The timezone offset in hours used to cut the buckets of a time series, e.g. {@code "5.5"}.
   *
   * @return the value, or null when unset
   */
  public String timezoneOffset() {
    return timezoneOffset;
  }

  /** Shows the scope and metric; no personal data is involved. */
  @Override
  public String toString() {
    return "ReportQuery{type=" + type + ", id=" + id + ", metric=" + metric + ", since=" + since()
        + ", until=" + until() + "}";
  }

  /** Builder for {@link ReportQuery}. Not thread-safe. */
  public static final class Builder extends PeriodBuilder<Builder> {
    private ReportType type;
    private String id;
    private ReportMetric metric;
    private String groupBy;
    private String timezoneOffset;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the scope ({@code type}). Required.
     *
     * @param type account, agent, inbox, label or team
     * @return this builder
     */
    public Builder type(ReportType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the id of the agent, inbox, label or team ({@code id}); not used for account reports.
     *
     * @param id the object's id
     * @return this builder
     */
    public Builder id(long id) {
      this.id = Long.toString(id);
      return this;
    }

    /**
     * Sets the metric ({@code metric}); required for the time series.
     *
     * @param metric the metric
     * @return this builder
     */
    public Builder metric(ReportMetric metric) {
      this.metric = metric;
      return this;
    }

    /**
     * Sets the bucket size of a time series ({@code group_by}: {@code day}, {@code week},
     * {@code month} or {@code year}). The server reads it; the spec does not list it.
     *
     * @param groupBy the bucket size, or null to unset
     * @return this builder
     */
    public Builder groupBy(String groupBy) {
      this.groupBy = groupBy;
      return this;
    }

    /**
     * Sets the timezone offset in hours used to cut the buckets ({@code timezone_offset}, e.g.
     * {@code "-3"} or {@code "5.5"}). The server reads it; the spec does not list it.
     *
     * @param timezoneOffset the offset, or null to unset
     * @return this builder
     */
    public Builder timezoneOffset(String timezoneOffset) {
      this.timezoneOffset = timezoneOffset;
      return this;
    }

    /**
     * Validates and builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException when the type is missing, or until is before since
     */
    public ReportQuery build() {
      if (type == null) {
        throw new IllegalArgumentException("type is required");
      }
      checkRange();
      return new ReportQuery(this);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportQuery other
        && type.equals(other.type) && Objects.equals(id, other.id)
        && Objects.equals(metric, other.metric) && samePeriod(other)
        && Objects.equals(groupBy, other.groupBy)
        && Objects.equals(timezoneOffset, other.timezoneOffset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, metric, since(), until(), groupBy, timezoneOffset);
  }
}
