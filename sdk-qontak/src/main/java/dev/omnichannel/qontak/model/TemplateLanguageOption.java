package dev.omnichannel.qontak.model;

/**
 * One entry of the short language list ({@code GET /templates/language}).
 *
 * @param name the language's name, e.g. {@code Indonesian}
 * @param value the language code, e.g. {@code id}
 */
public record TemplateLanguageOption(String name, String value) {}
