package dev.omnichannel.qontak.model;

/** Filters of {@code GET /users}: role, online agents, search and paging. */
public final class UserListParams extends ListParams {

  private UserListParams(Builder b) {
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

  /** Builder for {@link UserListParams}. */
  public static final class Builder extends ListParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only users with this role ({@code role}: agent or supervisor).
     *
     * @param role the role
     * @return this builder
     */
    public Builder role(UserRole role) {
      return set("role", role == null ? null : role.value());
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public UserListParams build() {
      return new UserListParams(this);
    }
  }
}
