/**
 * Qontak webhooks: the {@link dev.omnichannel.qontak.webhook.QontakEvent} hierarchy, its parser
 * ({@link dev.omnichannel.qontak.webhook.QontakWebhooks#parser()}), the secret-in-URL check for
 * receivers (Qontak signs nothing) and helpers that drop stale, out-of-order message status
 * re-sends ({@link dev.omnichannel.qontak.webhook.MessageStatusOrder}, {@link
 * dev.omnichannel.qontak.webhook.MessageStatusTracker}).
 */
package dev.omnichannel.qontak.webhook;
