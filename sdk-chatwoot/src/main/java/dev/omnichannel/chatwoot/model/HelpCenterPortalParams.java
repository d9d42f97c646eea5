package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Map;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a help-center portal (schema
 * {@code portal_create_update_payload}). Sent as a flat object; the server wraps it into
 * {@code portal} itself (Rails parameter wrapping). Only the fields set are sent.
 */
public final class HelpCenterPortalParams extends JsonParams {

  private HelpCenterPortalParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link HelpCenterPortalParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code color}: header colour in hex, e.g. {@code #FFFFFF}.
     *
     * @param color the value; null removes it
     * @return this builder
     */
    public Builder color(String color) {
      return put("color", color);
    }

    /**
     * Sets {@code custom_domain}: custom domain of the help center, e.g. {@code chatwoot.help}.
     *
     * @param customDomain the value; null removes it
     * @return this builder
     */
    public Builder customDomain(String customDomain) {
      return put("custom_domain", customDomain);
    }

    /**
     * Sets {@code header_text}: the header text.
     *
     * @param headerText the value; null removes it
     * @return this builder
     */
    public Builder headerText(String headerText) {
      return put("header_text", headerText);
    }

    /**
     * Sets {@code homepage_link}: link back to the main site.
     *
     * @param homepageLink the value; null removes it
     * @return this builder
     */
    public Builder homepageLink(String homepageLink) {
      return put("homepage_link", homepageLink);
    }

    /**
     * Sets {@code name}: the portal name.
     *
     * @param name the value; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code page_title}: the page title.
     *
     * @param pageTitle the value; null removes it
     * @return this builder
     */
    public Builder pageTitle(String pageTitle) {
      return put("page_title", pageTitle);
    }

    /**
     * Sets {@code slug}: the URL slug (also the key of the portal in paths).
     *
     * @param slug the value; null removes it
     * @return this builder
     */
    public Builder slug(String slug) {
      return put("slug", slug);
    }

    /**
     * Sets {@code archived}: whether the portal is archived.
     *
     * @param archived the value; null removes it
     * @return this builder
     */
    public Builder archived(Boolean archived) {
      return put("archived", archived);
    }

    /**
     * Sets {@code config}: locale configuration: {@code allowed_locales} (a list of codes) and {@code default_locale}.
     *
     * @param config the value; null removes it
     * @return this builder
     */
    public Builder config(Map<String, ?> config) {
      return put("config", config);
    }

    /**
     * Builds the parameters (the spec marks no field required).
     *
     * @return the parameters
     */
    public HelpCenterPortalParams build() {
      return new HelpCenterPortalParams(this);
    }
  }
}
