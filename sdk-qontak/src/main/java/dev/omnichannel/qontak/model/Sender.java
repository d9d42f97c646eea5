package dev.omnichannel.qontak.model;

/**
 * Who sent a message.
 *
 * @param name display name
 * @param avatar null, or an object with {@code url}, {@code large}/{@code medium}/{@code small} URLs,
 *     {@code filename} and {@code size}; some payloads send a plain URL string
 * @param username username, when sent
 */
public record Sender(String name, Object avatar, String username) {}
