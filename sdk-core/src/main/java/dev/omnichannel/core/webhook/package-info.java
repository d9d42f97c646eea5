/**
 * Webhook primitives shared by the provider modules: strict body parsing ({@link
 * dev.omnichannel.core.webhook.JsonDocument}), event dispatch ({@link
 * dev.omnichannel.core.webhook.DispatchingWebhookParser}), authenticity checks ({@link
 * dev.omnichannel.core.webhook.HmacSignatureVerifier}, {@link
 * dev.omnichannel.core.webhook.SharedSecretHeaderCheck}, {@link
 * dev.omnichannel.core.webhook.SecretInUrlCheck}) and routing ({@link
 * dev.omnichannel.core.webhook.WebhookRouter}).
 *
 * <p>Always verify the raw bytes exactly as received, then parse.
 */
package dev.omnichannel.core.webhook;
