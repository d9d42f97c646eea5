package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A room's WhatsApp session window. Open: values Qontak adds later are kept as unknown values. */
public final class RoomSession extends OpenEnum {
  private static final OpenEnumRegistry<RoomSession> REGISTRY = new OpenEnumRegistry<>(RoomSession::new);

  /** {@code open}. */
  public static final RoomSession OPEN = REGISTRY.known("open");

  /** {@code expiring}. */
  public static final RoomSession EXPIRING = REGISTRY.known("expiring");

  /** {@code expired}. */
  public static final RoomSession EXPIRED = REGISTRY.known("expired");

  private RoomSession(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static RoomSession of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<RoomSession> known() {
    return REGISTRY.known();
  }
}
