package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.OpenEnum;
import dev.omnichannel.core.json.OpenEnumRegistry;
import java.util.List;

/**
 * A Qontak channel code ({@code target_channel}, {@code channel}). Open: codes Qontak adds later
 * are kept as unknown values. Payloads use the correct spellings; Qontak's own SDK enum has typos
 * ({@code wa_cloug}, {@code google_my_bussiness}) that are not used here.
 */
public final class Channel extends OpenEnum {
  private static final OpenEnumRegistry<Channel> REGISTRY = new OpenEnumRegistry<>(Channel::new);

  /** WhatsApp (on-premise API). */
  public static final Channel WA = REGISTRY.known("wa");
  /** WhatsApp Cloud API. */
  public static final Channel WA_CLOUD = REGISTRY.known("wa_cloud");
  /** Facebook Messenger. */
  public static final Channel FB = REGISTRY.known("fb");
  /** Instagram direct messages. */
  public static final Channel IG = REGISTRY.known("ig");
  /** Instagram comments. */
  public static final Channel IG_COMMENT = REGISTRY.known("ig_comment");
  /** LINE. */
  public static final Channel LINE = REGISTRY.known("line");
  /** Telegram. */
  public static final Channel TELEGRAM = REGISTRY.known("telegram");
  /** Email. */
  public static final Channel EMAIL = REGISTRY.known("email");
  /** Twitter / X. */
  public static final Channel TWITTER = REGISTRY.known("twitter");
  /** Qontak web chat widget. */
  public static final Channel WEB_CHAT = REGISTRY.known("web_chat");
  /** LiveChat. */
  public static final Channel LIVECHAT_DOT_COM = REGISTRY.known("livechat_dot_com");
  /** Qontak internal channel. */
  public static final Channel QONTAK = REGISTRY.known("qontak");
  /** In-app chat. */
  public static final Channel APP_CHAT = REGISTRY.known("app_chat");
  /** Tokopedia chat. */
  public static final Channel TOKOPEDIA_CHAT = REGISTRY.known("tokopedia_chat");
  /** Shopee. */
  public static final Channel SHOPEE = REGISTRY.known("shopee");
  /** Google Business Profile. */
  public static final Channel GOOGLE_MY_BUSINESS = REGISTRY.known("google_my_business");
  /** Meta conversion API. */
  public static final Channel META_CONVERSION = REGISTRY.known("meta_conversion");
  /** Meta ad account. */
  public static final Channel META_AD_ACCOUNT = REGISTRY.known("meta_ad_account");

  private Channel(String value, boolean known) {
    super(value, known);
  }

  /**
   * The channel for a code; unknown codes are kept.
   *
   * @param value the code
   * @return the channel, never null
   */
  public static Channel of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The codes this SDK knows.
   *
   * @return the known channels
   */
  public static List<Channel> known() {
    return REGISTRY.known();
  }
}
