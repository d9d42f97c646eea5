package dev.omnichannel.qontak.model;

/**
 * One entry of the full language list ({@code GET /templates/languages}).
 *
 * @param id the language's id (UUID)
 * @param code the language code to use in templates, e.g. {@code en_US}
 * @param language the language's name, e.g. {@code English (US)}
 */
public record TemplateLanguage(String id, String code, String language) {}
