package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A room's kind as in {@code Room.type()} and the room filter {@code type[]}. Open: values Qontak adds later are kept as unknown values. */
public final class RoomType extends OpenEnum {
  private static final OpenEnumRegistry<RoomType> REGISTRY = new OpenEnumRegistry<>(RoomType::new);

  /** {@code Models::CustomerServiceRoom}. */
  public static final RoomType CUSTOMER_SERVICE = REGISTRY.known("Models::CustomerServiceRoom");

  /** {@code Models::CommentServiceRoom}. */
  public static final RoomType COMMENT_SERVICE = REGISTRY.known("Models::CommentServiceRoom");

  /** {@code Models::ReviewServiceRoom}. */
  public static final RoomType REVIEW_SERVICE = REGISTRY.known("Models::ReviewServiceRoom");

  private RoomType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static RoomType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<RoomType> known() {
    return REGISTRY.known();
  }
}
