package dev.omnichannel.chatwoot.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a canned response under {@code /api/v1/accounts/{account_id}/canned_responses}.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class CannedResponseParams {

  private final Map<String, Object> fields;

  private CannedResponseParams(Builder b) {
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
    return "CannedResponseParams" + fields.keySet();
  }

  /** Builder for {@link CannedResponseParams}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code short_code}: the short code agents type to insert it.
     *
     * @param shortCode the value; null removes it
     * @return this builder
     */
    public Builder shortCode(String shortCode) {
      return put("short_code", shortCode);
    }

    /**
     * Sets {@code content}: the message content, may use {@code {{contact.name}}}-style variables.
     *
     * @param content the value; null removes it
     * @return this builder
     */
    public Builder content(String content) {
      return put("content", content);
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
     * @return the CannedResponseParams
     */
    public CannedResponseParams build() {
      return new CannedResponseParams(this);
    }

  }
}
