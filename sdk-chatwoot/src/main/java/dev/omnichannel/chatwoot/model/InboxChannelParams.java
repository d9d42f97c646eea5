package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code channel} object of an inbox create or update. Start from the factory of the channel
 * type, set its options, then {@code build()}:
 *
 * <pre>{@code
 * InboxChannelParams api = InboxChannelParams.api()
 *     .webhookUrl("https://example.com/chatwoot")
 *     .hmacMandatory(true)
 *     .build();
 * }</pre>
 *
 * <p>{@link #webWidget}, {@link #api}, {@link #email}, {@link #line}, {@link #telegram},
 * {@link #whatsapp} and {@link #sms} set {@code type} and the channel's required fields;
 * {@link #ofType(String)} is the escape hatch for other types, and {@link #settings()} builds the
 * type-less object an update takes. Credentials set here are never shown by {@code toString()}
 * (it lists field names only). Immutable.
 */
public final class InboxChannelParams extends JsonParams {

  private InboxChannelParams(Builder b) {
    super(b);
  }

  /**
   * A website live-chat widget ({@code type: web_widget}).
   *
   * @param websiteUrl the website the widget runs on
   * @return a builder with {@code type} and {@code website_url} set
   */
  public static Builder webWidget(String websiteUrl) {
    return ofType("web_widget").websiteUrl(Objects.requireNonNull(websiteUrl, "websiteUrl"));
  }

  /**
   * An API channel ({@code type: api}); set {@link Builder#webhookUrl(String)} to receive the
   * inbox's events.
   *
   * @return a builder with {@code type} set
   */
  public static Builder api() {
    return ofType("api");
  }

  /**
   * An e-mail channel ({@code type: email}).
   *
   * @param email the support address
   * @return a builder with {@code type} and {@code email} set
   */
  public static Builder email(String email) {
    return ofType("email").email(Objects.requireNonNull(email, "email"));
  }

  /**
   * A LINE channel ({@code type: line}).
   *
   * @param channelId the LINE channel id
   * @param channelSecret the LINE channel secret
   * @param channelToken the LINE channel access token
   * @return a builder with {@code type} and the three LINE fields set
   */
  public static Builder line(String channelId, String channelSecret, String channelToken) {
    return ofType("line")
        .lineChannelId(Objects.requireNonNull(channelId, "channelId"))
        .lineChannelSecret(Objects.requireNonNull(channelSecret, "channelSecret"))
        .lineChannelToken(Objects.requireNonNull(channelToken, "channelToken"));
  }

  /**
   * A Telegram bot channel ({@code type: telegram}).
   *
   * @param botToken the bot token from BotFather
   * @return a builder with {@code type} and {@code bot_token} set
   */
  public static Builder telegram(String botToken) {
    return ofType("telegram").botToken(Objects.requireNonNull(botToken, "botToken"));
  }

  /**
   * A WhatsApp channel ({@code type: whatsapp}).
   *
   * @param phoneNumber the business phone number in E.164 form
   * @param provider the provider, e.g. {@code whatsapp_cloud} or {@code default} (360dialog)
   * @param providerConfig the provider credentials, e.g. {@code api_key},
   *     {@code phone_number_id}, {@code business_account_id}
   * @return a builder with {@code type}, {@code phone_number}, {@code provider} and
   *     {@code provider_config} set
   */
  public static Builder whatsapp(String phoneNumber, String provider, Map<String, ?> providerConfig) {
    return ofType("whatsapp")
        .phoneNumber(Objects.requireNonNull(phoneNumber, "phoneNumber"))
        .provider(provider)
        .providerConfig(providerConfig);
  }

  /**
   * An SMS channel ({@code type: sms}, Bandwidth).
   *
   * @param phoneNumber the phone number in E.164 form
   * @param providerConfig the provider credentials, e.g. {@code api_key}, {@code api_secret},
   *     {@code application_id}, {@code account_id}
   * @return a builder with {@code type}, {@code phone_number} and {@code provider_config} set
   */
  public static Builder sms(String phoneNumber, Map<String, ?> providerConfig) {
    return ofType("sms")
        .phoneNumber(Objects.requireNonNull(phoneNumber, "phoneNumber"))
        .providerConfig(providerConfig);
  }

  /**
   * Any channel type, for types this class has no factory for; add fields with the setters or
   * {@link JsonParams.Builder#extra(String, Object)}.
   *
   * @param type the channel type, e.g. {@code api}
   * @return a builder with {@code type} set
   * @throws IllegalArgumentException when the type is blank
   */
  public static Builder ofType(String type) {
    if (Objects.requireNonNull(type, "type").isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
    return new Builder().extra("type", type);
  }

  /**
   * Channel settings without a type, for {@link InboxUpdateParams.Builder#channel(InboxChannelParams)}.
   *
   * @return an empty builder
   */
  public static Builder settings() {
    return new Builder();
  }

  /** Builder for {@link InboxChannelParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code website_url}: the website the widget runs on (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder websiteUrl(String value) {
      return put("website_url", value);
    }

    /**
     * Sets {@code welcome_title}: the widget's welcome title (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder welcomeTitle(String value) {
      return put("welcome_title", value);
    }

    /**
     * Sets {@code welcome_tagline}: the widget's welcome tagline (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder welcomeTagline(String value) {
      return put("welcome_tagline", value);
    }

    /**
     * Sets {@code widget_color}: the widget colour, e.g. {@code #FF5733} (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder widgetColor(String value) {
      return put("widget_color", value);
    }

    /**
     * Sets {@code reply_time}: the expected reply time: {@code in_a_few_minutes}, {@code in_a_few_hours}, {@code in_a_day} (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder replyTime(String value) {
      return put("reply_time", value);
    }

    /**
     * Sets {@code pre_chat_form_enabled}: whether the pre-chat form is shown (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder preChatFormEnabled(Boolean value) {
      return put("pre_chat_form_enabled", value);
    }

    /**
     * Sets {@code pre_chat_form_options}: the pre-chat form options (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder preChatFormOptions(Map<String, ?> value) {
      return put("pre_chat_form_options", value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    /**
     * Sets {@code continuity_via_email}: whether conversations continue by e-mail (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder continuityViaEmail(Boolean value) {
      return put("continuity_via_email", value);
    }

    /**
     * Sets {@code hmac_mandatory}: whether contact identity verification is enforced (web widget, API).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder hmacMandatory(Boolean value) {
      return put("hmac_mandatory", value);
    }

    /**
     * Sets {@code allowed_domains}: the domains the widget may load on, comma-separated (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder allowedDomains(String value) {
      return put("allowed_domains", value);
    }

    /**
     * Sets {@code selected_feature_flags}: widget features, e.g. {@code attachments}, {@code emoji_picker}, {@code end_conversation} (web widget).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder selectedFeatureFlags(List<String> value) {
      return put("selected_feature_flags", value == null ? null : List.copyOf(value));
    }

    /**
     * Sets {@code webhook_url}: the URL Chatwoot posts this inbox's events to (API).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder webhookUrl(String value) {
      return put("webhook_url", value);
    }

    /**
     * Sets {@code additional_attributes}: free-form attributes of the channel (API).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder additionalAttributes(Map<String, ?> value) {
      return put("additional_attributes", value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    /**
     * Sets {@code email}: the support address (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder email(String value) {
      return put("email", value);
    }

    /**
     * Sets {@code imap_enabled}: whether IMAP fetching is on (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder imapEnabled(Boolean value) {
      return put("imap_enabled", value);
    }

    /**
     * Sets {@code imap_login}: the IMAP login (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder imapLogin(String value) {
      return put("imap_login", value);
    }

    /**
     * Sets {@code imap_password}: the IMAP password (e-mail; never shown by {@code toString()}).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder imapPassword(String value) {
      return put("imap_password", value);
    }

    /**
     * Sets {@code imap_address}: the IMAP host (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder imapAddress(String value) {
      return put("imap_address", value);
    }

    /**
     * Sets {@code imap_port}: the IMAP port (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder imapPort(Integer value) {
      return put("imap_port", value);
    }

    /**
     * Sets {@code imap_enable_ssl}: whether IMAP uses SSL (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder imapEnableSsl(Boolean value) {
      return put("imap_enable_ssl", value);
    }

    /**
     * Sets {@code smtp_enabled}: whether SMTP sending is on (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpEnabled(Boolean value) {
      return put("smtp_enabled", value);
    }

    /**
     * Sets {@code smtp_login}: the SMTP login (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpLogin(String value) {
      return put("smtp_login", value);
    }

    /**
     * Sets {@code smtp_password}: the SMTP password (e-mail; never shown by {@code toString()}).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpPassword(String value) {
      return put("smtp_password", value);
    }

    /**
     * Sets {@code smtp_address}: the SMTP host (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpAddress(String value) {
      return put("smtp_address", value);
    }

    /**
     * Sets {@code smtp_port}: the SMTP port (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpPort(Integer value) {
      return put("smtp_port", value);
    }

    /**
     * Sets {@code smtp_domain}: the SMTP HELO domain (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpDomain(String value) {
      return put("smtp_domain", value);
    }

    /**
     * Sets {@code smtp_enable_starttls_auto}: whether SMTP uses STARTTLS (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpEnableStarttlsAuto(Boolean value) {
      return put("smtp_enable_starttls_auto", value);
    }

    /**
     * Sets {@code smtp_enable_ssl_tls}: whether SMTP uses SSL/TLS (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpEnableSslTls(Boolean value) {
      return put("smtp_enable_ssl_tls", value);
    }

    /**
     * Sets {@code smtp_authentication}: the SMTP authentication, e.g. {@code login} (e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder smtpAuthentication(String value) {
      return put("smtp_authentication", value);
    }

    /**
     * Sets {@code provider}: the provider, e.g. {@code whatsapp_cloud} (WhatsApp, e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder provider(String value) {
      return put("provider", value);
    }

    /**
     * Sets {@code provider_config}: the provider credentials and ids (WhatsApp, SMS).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder providerConfig(Map<String, ?> value) {
      return put("provider_config", value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    /**
     * Sets {@code phone_number}: the phone number in E.164 form (WhatsApp, SMS).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder phoneNumber(String value) {
      return put("phone_number", value);
    }

    /**
     * Sets {@code line_channel_id}: the LINE channel id (LINE).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder lineChannelId(String value) {
      return put("line_channel_id", value);
    }

    /**
     * Sets {@code line_channel_secret}: the LINE channel secret (LINE).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder lineChannelSecret(String value) {
      return put("line_channel_secret", value);
    }

    /**
     * Sets {@code line_channel_token}: the LINE channel access token (LINE).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder lineChannelToken(String value) {
      return put("line_channel_token", value);
    }

    /**
     * Sets {@code bot_token}: the Telegram bot token (Telegram).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder botToken(String value) {
      return put("bot_token", value);
    }

    /**
     * Builds the channel object.
     *
     * @return the parameters
     */
    public InboxChannelParams build() {
      return new InboxChannelParams(this);
    }
  }
}
