package dev.omnichannel.qontak.model;

/**
 * An automatic reply of the organisation settings ({@code auto_responder_in_office_hours},
 * {@code auto_responder_out_office_hours}).
 *
 * @param enabled whether the reply is sent
 * @param message the reply text
 */
public record WebhookSettingsAutoResponder(Boolean enabled, String message) {}
