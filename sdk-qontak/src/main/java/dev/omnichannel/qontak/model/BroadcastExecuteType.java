package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * When a broadcast runs ({@code execute_type}): at once, at a set time, or as part of a campaign
 * plan. Open: values Qontak adds later are kept as unknown values.
 */
public final class BroadcastExecuteType extends OpenEnum {
  private static final OpenEnumRegistry<BroadcastExecuteType> REGISTRY =
      new OpenEnumRegistry<>(BroadcastExecuteType::new);

  /** {@code immediately}: sent at once. */
  public static final BroadcastExecuteType IMMEDIATELY = REGISTRY.known("immediately");

  /** {@code specific}: scheduled for {@code send_at}. */
  public static final BroadcastExecuteType SPECIFIC = REGISTRY.known("specific");

  /** {@code campaign_plan}: run by a campaign plan. */
  public static final BroadcastExecuteType CAMPAIGN_PLAN = REGISTRY.known("campaign_plan");

  private BroadcastExecuteType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static BroadcastExecuteType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<BroadcastExecuteType> known() {
    return REGISTRY.known();
  }
}
