package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;

/**
 * The organisation's broadcast pacing ({@code broadcast_rate} in the settings; MAG example values
 * 3/60 and 5/50). Qontak documents no semantics; read as "at most {@code limit} broadcasts per
 * {@code interval} seconds" (an inference, research §5).
 *
 * @param broadcastDirectLimit direct (single-recipient) broadcasts per interval
 * @param broadcastDirectInterval the direct-broadcast interval
 * @param broadcastListLimit contact-list broadcasts per interval
 * @param broadcastListInterval the contact-list broadcast interval
 */
public record WebhookSettingsBroadcastRate(
    @Json(name = "broadcast_direct_limit") Integer broadcastDirectLimit,
    @Json(name = "broadcast_direct_interval") Integer broadcastDirectInterval,
    @Json(name = "broadcast_list_limit") Integer broadcastListLimit,
    @Json(name = "broadcast_list_interval") Integer broadcastListInterval) {}
