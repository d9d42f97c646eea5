package dev.omnichannel.core.json;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link java.time.Instant} that is written as whole epoch seconds (a JSON number,
 * sub-second part dropped), e.g. Chatwoot's {@code snoozed_until} in request bodies. Reading is as
 * lenient as for any {@code Instant}: ISO-8601 strings, epoch seconds or milliseconds, and
 * {@code 0}/{@code ""} as null. Only valid on {@code Instant}.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT})
public @interface EpochSeconds {}
