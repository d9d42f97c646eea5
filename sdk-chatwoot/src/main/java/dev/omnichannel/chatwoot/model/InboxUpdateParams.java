package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.List;
import java.util.Map;

/**
 * Fields to change on an inbox ({@code PATCH /api/v1/accounts/{account_id}/inboxes/{id}}). The
 * channel settings go in {@link Builder#channel(InboxChannelParams)}, built with
 * {@link InboxChannelParams#settings()} (no {@code type}).
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link JsonParams.Builder#extra(String, Object)} adds fields this class does not know yet
 * (e.g. {@code avatar_url}). Immutable.
 */
public final class InboxUpdateParams extends JsonParams {

  private InboxUpdateParams(Builder b) {
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

  /** Builder for {@link InboxUpdateParams}. Not thread-safe. */
  public static final class Builder extends InboxParamsBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code working_hours}: the weekly schedule, one entry per day
     * ({@code day_of_week}, {@code closed_all_day}, {@code open_hour}, {@code open_minutes},
     * {@code close_hour}, {@code close_minutes}, {@code open_all_day}).
     *
     * @param value the schedule; null removes it
     * @return this builder
     */
    public Builder workingHours(List<? extends Map<String, ?>> value) {
      return put("working_hours", value == null ? null : List.copyOf(value));
    }

    /**
     * Sets {@code channel}: channel settings to change, from {@link InboxChannelParams#settings()}.
     *
     * @param channel the channel settings; null removes them
     * @return this builder
     */
    public Builder channel(InboxChannelParams channel) {
      return put("channel", channel == null ? null : channel.toJson());
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public InboxUpdateParams build() {
      return new InboxUpdateParams(this);
    }
  }
}
