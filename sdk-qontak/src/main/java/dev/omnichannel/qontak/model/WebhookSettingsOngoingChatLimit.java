package dev.omnichannel.qontak.model;

/**
 * The cap on ongoing chats per agent ({@code limit_ongoing_chat} in the settings).
 *
 * @param enabled whether the cap applies
 * @param type to whom it applies, e.g. {@code all_agents}
 * @param max the most ongoing chats an agent may hold
 */
public record WebhookSettingsOngoingChatLimit(Boolean enabled, String type, Integer max) {}
