package dev.omnichannel.qontak.model;

/**
 * One entry of the category list ({@code GET /templates/category}).
 *
 * @param name the category's display name, e.g. {@code Account Update}
 * @param value the category to send, e.g. {@code ACCOUNT_UPDATE}
 */
public record TemplateCategoryOption(String name, TemplateCategory value) {}
