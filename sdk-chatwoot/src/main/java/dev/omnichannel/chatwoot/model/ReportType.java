package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * The {@code type} (scope) of a Chatwoot report: the whole account or one agent, inbox, label or team. Values the SDK does not know yet are kept, never rejected.
 */
public final class ReportType extends OpenEnum {
  private static final OpenEnumRegistry<ReportType> REGISTRY = new OpenEnumRegistry<>(ReportType::new);

  /** The whole account. */
  public static final ReportType ACCOUNT = REGISTRY.known("account");

  /** One agent (user); the report's {@code id} is the user id. */
  public static final ReportType AGENT = REGISTRY.known("agent");

  /** One inbox; the report's {@code id} is the inbox id. */
  public static final ReportType INBOX = REGISTRY.known("inbox");

  /** One label; the report's {@code id} is the label id. */
  public static final ReportType LABEL = REGISTRY.known("label");

  /** One team; the report's {@code id} is the team id. */
  public static final ReportType TEAM = REGISTRY.known("team");

  private ReportType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a raw value (or alias), or an unknown instance keeping it.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when value is null
   */
  public static ReportType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The declared constants.
   *
   * @return an unmodifiable list in declaration order
   */
  public static List<ReportType> known() {
    return REGISTRY.known();
  }
}
