package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/** A Qontak user's role. Open: unknown roles are kept. */
public final class UserRole extends OpenEnum {
  private static final OpenEnumRegistry<UserRole> REGISTRY = new OpenEnumRegistry<>(UserRole::new);

  /** An agent. */
  public static final UserRole AGENT = REGISTRY.known("agent");
  /** A supervisor. */
  public static final UserRole SUPERVISOR = REGISTRY.known("supervisor");
  /** An administrator. */
  public static final UserRole ADMIN = REGISTRY.known("admin");

  private UserRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * The role for a value; unknown values are kept.
   *
   * @param value the raw value
   * @return the role, never null
   */
  public static UserRole of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The roles this SDK knows.
   *
   * @return the known roles
   */
  public static List<UserRole> known() {
    return REGISTRY.known();
  }
}
