/** Chatwoot webhook events, their parser and the {@code X-Chatwoot-Signature} verifier. */
package dev.omnichannel.chatwoot.webhook;
