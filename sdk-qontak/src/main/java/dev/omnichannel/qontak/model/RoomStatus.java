package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A room's status. Open: values Qontak adds later are kept as unknown values. */
public final class RoomStatus extends OpenEnum {
  private static final OpenEnumRegistry<RoomStatus> REGISTRY = new OpenEnumRegistry<>(RoomStatus::new);

  /** {@code unassigned}. */
  public static final RoomStatus UNASSIGNED = REGISTRY.known("unassigned");

  /** {@code assigned}. */
  public static final RoomStatus ASSIGNED = REGISTRY.known("assigned");

  /** {@code resolved}. */
  public static final RoomStatus RESOLVED = REGISTRY.known("resolved");

  /** {@code campaign}. */
  public static final RoomStatus CAMPAIGN = REGISTRY.known("campaign");

  /** {@code deleted}. */
  public static final RoomStatus DELETED = REGISTRY.known("deleted");

  private RoomStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static RoomStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<RoomStatus> known() {
    return REGISTRY.known();
  }
}
