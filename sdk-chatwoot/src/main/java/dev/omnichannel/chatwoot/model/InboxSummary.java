package dev.omnichannel.chatwoot.model;


/**
 * A Chatwoot inbox summary, as embedded in message and widget payloads ({@code {id, name}}).
 *
 * @param id the inbox id
 * @param name the inbox name
 */
public record InboxSummary(
    Long id,
    String name) {}
