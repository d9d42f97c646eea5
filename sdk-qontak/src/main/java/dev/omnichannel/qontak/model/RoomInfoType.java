package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** The kind of rooms {@code GET /rooms/specific/info} counts ({@code type}). Open: values Qontak adds later are kept as unknown values. */
public final class RoomInfoType extends OpenEnum {
  private static final OpenEnumRegistry<RoomInfoType> REGISTRY = new OpenEnumRegistry<>(RoomInfoType::new);

  /** {@code customer_service}. */
  public static final RoomInfoType CUSTOMER_SERVICE = REGISTRY.known("customer_service");

  /** {@code comment}. */
  public static final RoomInfoType COMMENT = REGISTRY.known("comment");

  /** {@code review}. */
  public static final RoomInfoType REVIEW = REGISTRY.known("review");

  private RoomInfoType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static RoomInfoType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<RoomInfoType> known() {
    return REGISTRY.known();
  }
}
