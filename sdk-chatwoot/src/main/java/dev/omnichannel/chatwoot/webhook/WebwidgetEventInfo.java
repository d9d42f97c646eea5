package dev.omnichannel.chatwoot.webhook;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * The {@code event_info} of a {@code webwidget_triggered} webhook, as posted by the widget. Other
 * keys the widget posts are skipped here and stay available in {@link ChatwootEvent#raw()}.
 *
 * @param initiatedAt {@code initiated_at}; its {@code timestamp} is the browser's {@code Date}
 *     string, not ISO-8601
 * @param referer the page the widget was opened on
 * @param widgetLanguage the widget language, may be null
 * @param browserLanguage the browser language
 * @param browser {@code browser_name}, {@code browser_version}, {@code device_name}, {@code
 *     platform_name}, {@code platform_version}
 */
public record WebwidgetEventInfo(
    @Json(name = "initiated_at") Map<String, Object> initiatedAt,
    String referer,
    @Json(name = "widget_language") String widgetLanguage,
    @Json(name = "browser_language") String browserLanguage,
    Map<String, Object> browser) {}
