package dev.omnichannel.chatwoot.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Query filters of the conversation list ({@code GET .../conversations}) and of the conversation
 * counts ({@code GET .../conversations/meta}; that endpoint ignores {@link #assigneeType()} and
 * {@link #page()}, so they are not sent there). Unset filters are not sent and the server applies
 * its defaults: status {@code open}, assignee type {@code all}, page 1. Immutable.
 */
public final class ConversationListParams {

  private static final ConversationListParams NONE = builder().build();

  private final ConversationAssigneeType assigneeType;
  private final String status;
  private final String q;
  private final Long inboxId;
  private final Long teamId;
  private final List<String> labels;
  private final Integer page;

  private ConversationListParams(Builder b) {
    this.assigneeType = b.assigneeType;
    this.status = b.status;
    this.q = b.q;
    this.inboxId = b.inboxId;
    this.teamId = b.teamId;
    this.labels = Collections.unmodifiableList(new ArrayList<>(b.labels));
    this.page = b.page;
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
   * No filters: the server's defaults (open conversations of all assignees, page 1).
   *
   * @return the empty parameters
   */
  public static ConversationListParams none() {
    return NONE;
  }

  /**
   * The {@code assignee_type} filter.
   *
   * @return the value, or null when unset
   */
  public ConversationAssigneeType assigneeType() {
    return assigneeType;
  }

  /**
   * The {@code status} filter as sent ({@code open}, {@code resolved}, {@code pending},
   * {@code snoozed} or {@code all}).
   *
   * @return the value, or null when unset
   */
  public String status() {
    return status;
  }

  /**
   * The {@code q} search term (matches message content).
   *
   * @return the value, or null when unset
   */
  public String q() {
    return q;
  }

  /**
   * The {@code inbox_id} filter.
   *
   * @return the value, or null when unset
   */
  public Long inboxId() {
    return inboxId;
  }

  /**
   * The {@code team_id} filter.
   *
   * @return the value, or null when unset
   */
  public Long teamId() {
    return teamId;
  }

  /**
   * The {@code labels[]} filter (conversations carrying all of these labels).
   *
   * @return an unmodifiable list, empty when unset
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The 1-based {@code page} number.
   *
   * @return the value, or null when unset (page 1)
   */
  public Integer page() {
    return page;
  }

  /**
   * A builder holding these parameters, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.assigneeType = assigneeType;
    b.status = status;
    b.q = q;
    b.inboxId = inboxId;
    b.teamId = teamId;
    b.labels.addAll(labels);
    b.page = page;
    return b;
  }

  /**
   * The same filters for another page.
   *
   * @param page the 1-based page number
   * @return new parameters
   */
  public ConversationListParams withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Shows the filters (search term included; it is not a secret). */
  @Override
  public String toString() {
    return "ConversationListParams{assigneeType=" + assigneeType + ", status=" + status + ", q=" + q
        + ", inboxId=" + inboxId + ", teamId=" + teamId + ", labels=" + labels + ", page=" + page + "}";
  }

  /** Builder for {@link ConversationListParams}. Not thread-safe. */
  public static final class Builder {
    private ConversationAssigneeType assigneeType;
    private String status;
    private String q;
    private Long inboxId;
    private Long teamId;
    private final List<String> labels = new ArrayList<>();
    private Integer page;

    private Builder() {}

    /**
     * Sets {@code assignee_type}: {@code me}, {@code unassigned}, {@code assigned} or {@code all}.
     *
     * @param assigneeType the value; null unsets it
     * @return this builder
     */
    public Builder assigneeType(ConversationAssigneeType assigneeType) {
      this.assigneeType = assigneeType;
      return this;
    }

    /**
     * Sets {@code status}: only conversations with this status.
     *
     * @param status the value; null unsets it (the server then lists open conversations)
     * @return this builder
     */
    public Builder status(ConversationStatus status) {
      this.status = status == null ? null : status.value();
      return this;
    }

    /**
     * Sets {@code status=all}: conversations of every status.
     *
     * @return this builder
     */
    public Builder anyStatus() {
      this.status = "all";
      return this;
    }

    /**
     * Sets {@code q}: only conversations with a message containing this text.
     *
     * @param q the search term; null unsets it
     * @return this builder
     */
    public Builder q(String q) {
      this.q = q;
      return this;
    }

    /**
     * Sets {@code inbox_id}: only conversations of this inbox.
     *
     * @param inboxId the inbox id; null unsets it
     * @return this builder
     */
    public Builder inboxId(Long inboxId) {
      this.inboxId = inboxId;
      return this;
    }

    /**
     * Sets {@code team_id}: only conversations of this team.
     *
     * @param teamId the team id; null unsets it
     * @return this builder
     */
    public Builder teamId(Long teamId) {
      this.teamId = teamId;
      return this;
    }

    /**
     * Sets {@code labels[]}: only conversations carrying these labels (replaces earlier labels).
     *
     * @param labels the label titles; null or empty unsets the filter
     * @return this builder
     */
    public Builder labels(List<String> labels) {
      this.labels.clear();
      if (labels != null) {
        for (String label : labels) {
          this.labels.add(Objects.requireNonNull(label, "label"));
        }
      }
      return this;
    }

    /**
     * Sets {@code labels[]} (varargs form of {@link #labels(List)}).
     *
     * @param labels the label titles
     * @return this builder
     */
    public Builder labels(String... labels) {
      return labels(List.of(labels));
    }

    /**
     * Sets {@code page}: the 1-based page number (25 conversations per page).
     *
     * @param page the page number, at least 1; null unsets it
     * @return this builder
     * @throws IllegalArgumentException when page is below 1
     */
    public Builder page(Integer page) {
      if (page != null && page < 1) {
        throw new IllegalArgumentException("page must be at least 1, was " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ConversationListParams build() {
      return new ConversationListParams(this);
    }
  }
}
