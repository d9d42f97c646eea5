package dev.omnichannel.chatwoot.model;


/**
 * A Chatwoot account summary, as embedded in webhook payloads ({@code {id, name}}).
 *
 * @param id the account id
 * @param name the account name
 */
public record Account(
    Long id,
    String name) {}
