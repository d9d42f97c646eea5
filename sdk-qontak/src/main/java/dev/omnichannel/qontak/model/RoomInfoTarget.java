package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** Which counter {@code GET /rooms/specific/info} returns ({@code target}). Open: values Qontak adds later are kept as unknown values. */
public final class RoomInfoTarget extends OpenEnum {
  private static final OpenEnumRegistry<RoomInfoTarget> REGISTRY = new OpenEnumRegistry<>(RoomInfoTarget::new);

  /** {@code unassigned}. */
  public static final RoomInfoTarget UNASSIGNED = REGISTRY.known("unassigned");

  /** {@code unread_count}. */
  public static final RoomInfoTarget UNREAD_COUNT = REGISTRY.known("unread_count");

  /** {@code unassigned_division}. */
  public static final RoomInfoTarget UNASSIGNED_DIVISION = REGISTRY.known("unassigned_division");

  private RoomInfoTarget(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static RoomInfoTarget of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<RoomInfoTarget> known() {
    return REGISTRY.known();
  }
}
