package dev.omnichannel.core.json;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may arrive either as JSON or as a JSON string holding JSON, such as Qiscus
 * {@code room.options} and {@code extras} ({@code "{\"a\":1}"} or {@code {"a":1}}). Either form is
 * read into the declared type (a {@code Map<String, Object>}, a record, ...) with that type's
 * adapter. JSON null, {@code ""} and blank strings read as null; a string that is not valid JSON
 * for the declared type fails with a {@link com.squareup.moshi.JsonDataException} naming the
 * path. Writes the plain JSON value, not a string.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT})
public @interface EmbeddedJson {}
