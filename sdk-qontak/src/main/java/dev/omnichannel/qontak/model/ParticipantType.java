package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** Who a message's participant is. Open: values Qontak adds later are kept as unknown values. */
public final class ParticipantType extends OpenEnum {
  private static final OpenEnumRegistry<ParticipantType> REGISTRY = new OpenEnumRegistry<>(ParticipantType::new);

  /** {@code customer}. */
  public static final ParticipantType CUSTOMER = REGISTRY.known("customer");

  /** {@code agent}. */
  public static final ParticipantType AGENT = REGISTRY.known("agent");

  /** {@code bot}. */
  public static final ParticipantType BOT = REGISTRY.known("bot");

  private ParticipantType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value; unknown values are kept.
   *
   * @param value the raw value
   * @return the value, never null
   */
  public static ParticipantType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK knows.
   *
   * @return the known values
   */
  public static List<ParticipantType> known() {
    return REGISTRY.known();
  }
}
