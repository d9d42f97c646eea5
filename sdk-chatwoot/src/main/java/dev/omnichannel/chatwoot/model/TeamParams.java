package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a team under {@code /api/v1/accounts/{account_id}/teams}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class TeamParams extends JsonParams {

  private TeamParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TeamParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the team name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code description}: the description.
     *
     * @param description the value; null removes it
     * @return this builder
     */
    public Builder description(String description) {
      return put("description", description);
    }

    /**
     * Sets {@code allow_auto_assign}: whether conversations assigned to the team are auto-assigned to a member.
     *
     * @param allowAutoAssign the value; null removes it
     * @return this builder
     */
    public Builder allowAutoAssign(Boolean allowAutoAssign) {
      return put("allow_auto_assign", allowAutoAssign);
    }

    /**
     * Builds the parameters.
     *
     * @return the TeamParams
     */
    public TeamParams build() {
      return new TeamParams(this);
    }

  }
}
