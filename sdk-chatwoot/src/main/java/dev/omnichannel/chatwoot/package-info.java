/**
 * Chatwoot clients: the Application API ({@code api_access_token} of a user or agent bot), the
 * public Client API (keyed by {@code inbox_identifier}) and the Platform API.
 */
package dev.omnichannel.chatwoot;
