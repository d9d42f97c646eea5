package dev.omnichannel.chatwoot.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for {@code PATCH /api/v1/accounts/{account_id}/agents/{id}} (update an agent). The spec marks {@code role} required; the server accepts updates without it.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class AgentUpdateParams {

  private final Map<String, Object> fields;

  private AgentUpdateParams(Builder b) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JSON body: the fields set, in order, nulls omitted.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> toJson() {
    return fields;
  }

  /** Shows the field names only (values may be personal data or secrets). */
  @Override
  public String toString() {
    return "AgentUpdateParams" + fields.keySet();
  }

  /** Builder for {@link AgentUpdateParams}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code role}: {@code agent} or {@code administrator}.
     *
     * @param role the value; null removes it
     * @return this builder
     */
    public Builder role(String role) {
      return put("role", role);
    }

    /**
     * Sets {@code availability}: the configured availability: {@code online}, {@code busy} or {@code offline}.
     *
     * @param availability the value; null removes it
     * @return this builder
     */
    public Builder availability(String availability) {
      return put("availability", availability);
    }

    /**
     * Sets {@code auto_offline}: whether the agent goes offline automatically when away.
     *
     * @param autoOffline the value; null removes it
     * @return this builder
     */
    public Builder autoOffline(Boolean autoOffline) {
      return put("auto_offline", autoOffline);
    }

    /**
     * Sets a field this class has no setter for (escape hatch for new or undocumented fields).
     *
     * @param key the JSON field name
     * @param value any value Moshi can serialise; null removes the field
     * @return this builder
     */
    public Builder extra(String key, Object value) {
      return put(Objects.requireNonNull(key, "key"), value);
    }

    private Builder put(String key, Object value) {
      if (value == null) {
        fields.remove(key);
      } else {
        fields.put(key, value);
      }
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the AgentUpdateParams
     */
    public AgentUpdateParams build() {
      return new AgentUpdateParams(this);
    }

  }
}
