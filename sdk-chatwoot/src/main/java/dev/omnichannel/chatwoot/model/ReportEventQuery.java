package dev.omnichannel.chatwoot.model;

import java.util.Objects;

/**
 * Filters of {@code GET /api/v1/accounts/{account_id}/reporting_events}: the period
 * ({@code since}/{@code until}, sent as Unix epoch seconds), an inbox, an agent and an event
 * name. Every field is optional. Immutable.
 */
public final class ReportEventQuery extends ReportPeriod {

  private static final ReportEventQuery NONE = builder().build();

  private final Long inboxId;
  private final Long userId;
  private final String name;

  private ReportEventQuery(Builder b) {
    super(b);
    this.inboxId = b.inboxId;
    this.userId = b.userId;
    this.name = b.name;
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
   * No filters: all of the account's events.
   *
   * @return the empty query
   */
  public static ReportEventQuery none() {
    return NONE;
  }

  /**
   * The inbox filter.
   *
   * @return the inbox id, or null when unset
   */
  public Long inboxId() {
    return inboxId;
  }

  /**
   * The agent (user) filter.
   *
   * @return the user id, or null when unset
   */
  public Long userId() {
    return userId;
  }

  /**
   * The event name filter, e.g. {@code first_response}, {@code resolution}, {@code reply_time}.
   *
   * @return the name, or null when unset
   */
  public String name() {
    return name;
  }

  /** Shows the filters. */
  @Override
  public String toString() {
    return "ReportEventQuery{since=" + since() + ", until=" + until() + ", inboxId=" + inboxId
        + ", userId=" + userId + ", name=" + name + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportEventQuery other
        && samePeriod(other)
        && Objects.equals(inboxId, other.inboxId) && Objects.equals(userId, other.userId)
        && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(since(), until(), inboxId, userId, name);
  }

  /** Builder for {@link ReportEventQuery}. Not thread-safe. */
  public static final class Builder extends PeriodBuilder<Builder> {
    private Long inboxId;
    private Long userId;
    private String name;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Keeps the events of one inbox ({@code inbox_id}).
     *
     * @param inboxId the inbox id, or null to unset
     * @return this builder
     */
    public Builder inboxId(Long inboxId) {
      this.inboxId = inboxId;
      return this;
    }

    /**
     * Keeps the events of one agent ({@code user_id}).
     *
     * @param userId the user id, or null to unset
     * @return this builder
     */
    public Builder userId(Long userId) {
      this.userId = userId;
      return this;
    }

    /**
     * Keeps the events with this name ({@code name}), e.g. {@code first_response}.
     *
     * @param name the event name, or null to unset
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Validates and builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException when until is before since
     */
    public ReportEventQuery build() {
      checkRange();
      return new ReportEventQuery(this);
    }
  }
}
