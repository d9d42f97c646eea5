package dev.omnichannel.chatwoot.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for {@code PATCH /api/v1/accounts/{account_id}} (update the account; administrators only).
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class AccountUpdateParams {

  private final Map<String, Object> fields;

  private AccountUpdateParams(Builder b) {
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
    return "AccountUpdateParams" + fields.keySet();
  }

  /** Builder for {@link AccountUpdateParams}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code name}: the account name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code locale}: the locale, e.g. {@code en}.
     *
     * @param locale the value; null removes it
     * @return this builder
     */
    public Builder locale(String locale) {
      return put("locale", locale);
    }

    /**
     * Sets {@code domain}: the account domain.
     *
     * @param domain the value; null removes it
     * @return this builder
     */
    public Builder domain(String domain) {
      return put("domain", domain);
    }

    /**
     * Sets {@code support_email}: the support email.
     *
     * @param supportEmail the value; null removes it
     * @return this builder
     */
    public Builder supportEmail(String supportEmail) {
      return put("support_email", supportEmail);
    }

    /**
     * Sets {@code auto_resolve_after}: minutes of inactivity before conversations are resolved (10 to 1439856).
     *
     * @param autoResolveAfter the value; null removes it
     * @return this builder
     */
    public Builder autoResolveAfter(Integer autoResolveAfter) {
      return put("auto_resolve_after", autoResolveAfter);
    }

    /**
     * Sets {@code auto_resolve_message}: the message sent when auto-resolving.
     *
     * @param autoResolveMessage the value; null removes it
     * @return this builder
     */
    public Builder autoResolveMessage(String autoResolveMessage) {
      return put("auto_resolve_message", autoResolveMessage);
    }

    /**
     * Sets {@code auto_resolve_ignore_waiting}: whether conversations waiting for an agent are left alone.
     *
     * @param autoResolveIgnoreWaiting the value; null removes it
     * @return this builder
     */
    public Builder autoResolveIgnoreWaiting(Boolean autoResolveIgnoreWaiting) {
      return put("auto_resolve_ignore_waiting", autoResolveIgnoreWaiting);
    }

    /**
     * Sets {@code industry}: the industry.
     *
     * @param industry the value; null removes it
     * @return this builder
     */
    public Builder industry(String industry) {
      return put("industry", industry);
    }

    /**
     * Sets {@code company_size}: the company size, e.g. {@code 50-100}.
     *
     * @param companySize the value; null removes it
     * @return this builder
     */
    public Builder companySize(String companySize) {
      return put("company_size", companySize);
    }

    /**
     * Sets {@code timezone}: the account time zone, e.g. {@code UTC}.
     *
     * @param timezone the value; null removes it
     * @return this builder
     */
    public Builder timezone(String timezone) {
      return put("timezone", timezone);
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
     * @return the AccountUpdateParams
     */
    public AccountUpdateParams build() {
      return new AccountUpdateParams(this);
    }

  }
}
