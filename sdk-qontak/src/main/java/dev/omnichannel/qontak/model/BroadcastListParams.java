package dev.omnichannel.qontak.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Filters of {@code GET /broadcasts/whatsapp}: the common list parameters plus {@code category},
 * {@code start_date}, {@code end_date}, {@code target_channel[]} and {@code execute_types[]}.
 */
public final class BroadcastListParams extends ListParams {

  private BroadcastListParams(Builder b) {
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

  /** Builder for {@link BroadcastListParams}. */
  public static final class Builder extends ListParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only broadcasts of templates of this category ({@code category}, e.g. {@code MARKETING}).
     *
     * @param category the template category
     * @return this builder
     */
    public Builder category(String category) {
      return set("category", category);
    }

    /**
     * Created on or after this day ({@code start_date}).
     *
     * @param date the day, sent as {@code yyyy-MM-dd}
     * @return this builder
     */
    public Builder startDate(LocalDate date) {
      return set("start_date", date);
    }

    /**
     * Created on or before this day ({@code end_date}).
     *
     * @param date the day, sent as {@code yyyy-MM-dd}
     * @return this builder
     */
    public Builder endDate(LocalDate date) {
      return set("end_date", date);
    }

    /**
     * Only these channels ({@code target_channel[]}, repeated).
     *
     * @param channels the channels, e.g. {@code Channel.WA}
     * @return this builder
     */
    public Builder targetChannels(Channel... channels) {
      return addAll("target_channel[]", Arrays.stream(channels).map(Channel::value).toList());
    }

    /**
     * Only these execute types ({@code execute_types[]}, repeated).
     *
     * @param types e.g. {@link BroadcastExecuteType#SPECIFIC}
     * @return this builder
     */
    public Builder executeTypes(BroadcastExecuteType... types) {
      List<String> values = Arrays.stream(types).map(BroadcastExecuteType::value).toList();
      return addAll("execute_types[]", values);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public BroadcastListParams build() {
      return new BroadcastListParams(this);
    }
  }
}
