package dev.omnichannel.qontak.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Filters of {@code GET /rooms} (also accepted by {@code GET /rooms/list/expired}): search,
 * status, session window, tags, agents, channels, untagged rooms, response status, room kind, a
 * date range with its time offset, and paging. Array filters are sent in Rails form
 * ({@code tags[]=a&tags[]=b}); calling an array setter again adds values.
 */
public final class RoomListParams extends ListParams {

  private RoomListParams(Builder b) {
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

  /** Builder for {@link RoomListParams}. */
  public static final class Builder extends Filters<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public RoomListParams build() {
      return new RoomListParams(this);
    }
  }

  /**
   * The room filters every room query shares ({@link RoomListParams}, {@link RoomAgentListParams},
   * {@link RoomInfoParams}), on top of the common list parameters.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Filters<B extends Filters<B>> extends ListParams.Builder<B> {

    /** Creates an empty builder. */
    protected Filters() {}

    /**
     * Only rooms with this status ({@code status}).
     *
     * @param status the status
     * @return this builder
     */
    public B status(RoomStatus status) {
      return set("status", status == null ? null : status.value());
    }

    /**
     * Only rooms whose WhatsApp session window is in this state ({@code sessions}: open,
     * expiring or expired).
     *
     * @param session the session state
     * @return this builder
     */
    public B sessions(RoomSession session) {
      return set("sessions", session == null ? null : session.value());
    }

    /**
     * Only rooms with any of these tags ({@code tags[]}).
     *
     * @param tags tag names
     * @return this builder
     */
    public B tags(String... tags) {
      return addAll("tags[]", tags == null ? List.of() : Arrays.asList(tags));
    }

    /**
     * Only rooms handled by any of these agents ({@code user_ids[]}).
     *
     * @param userIds user ids
     * @return this builder
     */
    public B userIds(String... userIds) {
      return addAll("user_ids[]", userIds == null ? List.of() : Arrays.asList(userIds));
    }

    /**
     * Only rooms on any of these channels ({@code channels[]}).
     *
     * @param channels channels
     * @return this builder
     */
    public B channels(Channel... channels) {
      return addAll("channels[]", channels == null ? List.of()
          : Arrays.stream(channels).filter(c -> c != null).map(Channel::value).toList());
    }

    /**
     * Only rooms without tags ({@code untagged}).
     *
     * @param untagged true for untagged rooms only
     * @return this builder
     */
    public B untagged(Boolean untagged) {
      return set("untagged", untagged);
    }

    /**
     * Only rooms whose last customer message is (un)answered ({@code response_status[]}).
     *
     * @param statuses the response statuses
     * @return this builder
     */
    public B responseStatus(RoomResponseStatus... statuses) {
      return addAll("response_status[]", statuses == null ? List.of()
          : Arrays.stream(statuses).filter(s -> s != null).map(RoomResponseStatus::value).toList());
    }

    /**
     * Only rooms of these kinds ({@code type[]}, e.g. {@code Models::CustomerServiceRoom}).
     *
     * @param types the room kinds
     * @return this builder
     */
    public B types(RoomType... types) {
      return addAll("type[]", types == null ? List.of()
          : Arrays.stream(types).filter(t -> t != null).map(RoomType::value).toList());
    }

    /**
     * Start of the date range ({@code start_date}), sent as given.
     *
     * @param startDate the date as Qontak's web console sends it, e.g. {@code 2024-10-01}
     * @return this builder
     */
    public B startDate(String startDate) {
      return set("start_date", startDate);
    }

    /**
     * Start of the date range ({@code start_date}) as {@code yyyy-MM-dd}.
     *
     * @param startDate the date
     * @return this builder
     */
    public B startDate(LocalDate startDate) {
      return set("start_date", startDate);
    }

    /**
     * End of the date range ({@code end_date}), sent as given.
     *
     * @param endDate the date, e.g. {@code 2024-10-31}
     * @return this builder
     */
    public B endDate(String endDate) {
      return set("end_date", endDate);
    }

    /**
     * End of the date range ({@code end_date}) as {@code yyyy-MM-dd}.
     *
     * @param endDate the date
     * @return this builder
     */
    public B endDate(LocalDate endDate) {
      return set("end_date", endDate);
    }

    /**
     * The caller's UTC offset in hours for the date range ({@code time_offset}, the name
     * Qontak's own JS SDK sends).
     *
     * @param hours the offset, e.g. {@code 7} for Jakarta
     * @return this builder
     */
    public B timeOffset(Integer hours) {
      return set("time_offset", hours);
    }

    /**
     * The caller's UTC offset in hours for the date range under the name the MAG spec lists
     * ({@code time_offsets}); which of the two names the server reads is not documented, so both
     * may be sent.
     *
     * @param hours the offset, e.g. {@code 7} for Jakarta
     * @return this builder
     */
    public B timeOffsets(Integer hours) {
      return set("time_offsets", hours);
    }
  }
}
