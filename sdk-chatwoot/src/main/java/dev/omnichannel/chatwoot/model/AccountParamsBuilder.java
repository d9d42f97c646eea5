package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;

/**
 * The account fields shared by {@link AccountUpdateParams.Builder} (Application API) and {@link
 * PlatformAccountParams.Builder} (Platform API).
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class AccountParamsBuilder<B extends AccountParamsBuilder<B>>
    extends JsonParams.Builder<B> {

  /** Creates an empty builder. */
  AccountParamsBuilder() {}

  /**
   * Sets {@code name}: the account name.
   *
   * @param name the value; null removes it
   * @return this builder
   */
  public B name(String name) {
    return put("name", name);
  }

  /**
   * Sets {@code locale}: the account locale, e.g. {@code en}.
   *
   * @param locale the value; null removes it
   * @return this builder
   */
  public B locale(String locale) {
    return put("locale", locale);
  }

  /**
   * Sets {@code domain}: the account's domain.
   *
   * @param domain the value; null removes it
   * @return this builder
   */
  public B domain(String domain) {
    return put("domain", domain);
  }

  /**
   * Sets {@code support_email}: the account's support email.
   *
   * @param supportEmail the value; null removes it
   * @return this builder
   */
  public B supportEmail(String supportEmail) {
    return put("support_email", supportEmail);
  }
}
