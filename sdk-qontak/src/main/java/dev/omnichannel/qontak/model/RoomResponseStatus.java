package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** Whether a room's last customer message was answered (room filter {@code response_status[]}). Open: values Qontak adds later are kept as unknown values. */
public final class RoomResponseStatus extends OpenEnum {
  private static final OpenEnumRegistry<RoomResponseStatus> REGISTRY = new OpenEnumRegistry<>(RoomResponseStatus::new);

  /** {@code unresponded}. */
  public static final RoomResponseStatus UNRESPONDED = REGISTRY.known("unresponded");

  /** {@code responded}. */
  public static final RoomResponseStatus RESPONDED = REGISTRY.known("responded");

  private RoomResponseStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static RoomResponseStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<RoomResponseStatus> known() {
    return REGISTRY.known();
  }
}
