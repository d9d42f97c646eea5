/**
 * Moshi support shared by the provider modules: lenient time, decimal and embedded-JSON adapters,
 * null-as-empty lists, and open enums. Start from {@link dev.omnichannel.core.json.JsonSupport}.
 */
package dev.omnichannel.core.json;
