/** Chatwoot request parameters and response records. */
package dev.omnichannel.chatwoot.model;
