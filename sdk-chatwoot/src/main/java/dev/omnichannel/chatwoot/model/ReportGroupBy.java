package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * What the outgoing-messages-count report ({@code GET /api/v2/accounts/{account_id}/reports/outgoing_messages_count}) groups by. Values the SDK does not know yet are kept, never rejected.
 */
public final class ReportGroupBy extends OpenEnum {
  private static final OpenEnumRegistry<ReportGroupBy> REGISTRY = new OpenEnumRegistry<>(ReportGroupBy::new);

  /** By agent (messages sent by bots are left out). */
  public static final ReportGroupBy AGENT = REGISTRY.known("agent");

  /** By team. */
  public static final ReportGroupBy TEAM = REGISTRY.known("team");

  /** By inbox. */
  public static final ReportGroupBy INBOX = REGISTRY.known("inbox");

  /** By label. */
  public static final ReportGroupBy LABEL = REGISTRY.known("label");

  private ReportGroupBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ReportGroupBy of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ReportGroupBy> known() {
    return REGISTRY.known();
  }
}
