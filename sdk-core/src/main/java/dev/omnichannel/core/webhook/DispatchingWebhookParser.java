package dev.omnichannel.core.webhook;

import dev.omnichannel.core.WebhookParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link WebhookParser} that validates the body as a {@link JsonDocument}, reads the event name
 * with a discriminator and hands the document to the decoder registered for that name. Names
 * without a decoder go to the {@code unknown} function (so new provider events never fail), and
 * bodies without a name go to {@code whenMissing} or fail.
 *
 * <p>Every failure is a {@link WebhookParseException} keeping the raw body: exceptions from
 * decoders are wrapped with the event name, and a decoder returning null is an error. Immutable
 * and thread-safe when the functions are.
 *
 * @param <E> the event type
 */
public final class DispatchingWebhookParser<E> implements WebhookParser<E> {

  private static final int MAX_NAME_IN_MESSAGE = 64;

  private final Function<JsonDocument, String> discriminator;
  private final Map<String, Function<JsonDocument, ? extends E>> decoders;
  private final BiFunction<String, JsonDocument, ? extends E> unknown;
  private final Function<JsonDocument, ? extends E> whenMissing;

  private DispatchingWebhookParser(Builder<E> b) {
    this.discriminator = b.discriminator;
    this.decoders = Map.copyOf(b.decoders);
    this.unknown = b.unknown;
    this.whenMissing = b.whenMissing;
  }

  /**
   * Starts a builder.
   *
   * @param <E> the event type
   * @return a new builder
   */
  public static <E> Builder<E> builder() {
    return new Builder<>();
  }

  /**
   * Validates the body, finds the event name and decodes the event.
   *
   * @param body the raw body bytes
   * @return the event, never null
   * @throws WebhookParseException when the body is not a valid JSON object, the discriminator
   *     fails, the name is missing and no {@code whenMissing} was set, or a decoder throws or
   *     returns null
   */
  @Override
  public E parse(byte[] body) {
    JsonDocument doc = JsonDocument.parse(body);
    String name;
    try {
      name = discriminator.apply(doc);
    } catch (RuntimeException e) {
      throw new WebhookParseException("cannot read the event discriminator: "
          + e.getClass().getSimpleName(), body, e);
    }
    if (name == null || name.isEmpty()) {
      if (whenMissing == null) {
        throw new WebhookParseException("missing event discriminator", body, null);
      }
      return check(() -> whenMissing.apply(doc), "event without a discriminator", body);
    }
    Function<JsonDocument, ? extends E> decoder = decoders.get(name);
    if (decoder == null) {
      return check(() -> unknown.apply(name, doc), "unknown event " + quote(name), body);
    }
    return check(() -> decoder.apply(doc), "event " + quote(name), body);
  }

  private E check(Supplier<? extends E> call, String what, byte[] body) {
    E event;
    try {
      event = call.get();
    } catch (RuntimeException e) {
      throw new WebhookParseException("cannot decode " + what + ": " + detail(e), body, e);
    } catch (AssertionError e) {
      // Moshi's record adapter wraps exceptions thrown by a record constructor in AssertionError.
      Throwable reason = e.getCause() != null ? e.getCause() : e;
      throw new WebhookParseException("cannot decode " + what + ": " + detail(reason), body, e);
    }
    if (event == null) {
      throw new WebhookParseException("decoder for " + what + " returned null", body, null);
    }
    return event;
  }

  private static String detail(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static String quote(String name) {
    String n = name.length() > MAX_NAME_IN_MESSAGE
        ? name.substring(0, MAX_NAME_IN_MESSAGE) + "..." : name;
    StringBuilder sb = new StringBuilder("'");
    n.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.append('\'').toString();
  }

  @Override
  public String toString() {
    return "DispatchingWebhookParser{events=" + decoders.keySet() + "}";
  }

  /**
   * Builds a {@link DispatchingWebhookParser}. Not thread-safe; {@link #build()} copies the state.
   *
   * @param <E> the event type
   */
  public static final class Builder<E> {
    private Function<JsonDocument, String> discriminator;
    private final Map<String, Function<JsonDocument, ? extends E>> decoders = new LinkedHashMap<>();
    private BiFunction<String, JsonDocument, ? extends E> unknown;
    private Function<JsonDocument, ? extends E> whenMissing;

    private Builder() {}

    /**
     * Sets how the event name is read (required). Returning null or an empty string means the
     * body has no discriminator.
     *
     * @param discriminator reads the event name from the document
     * @return this builder
     * @throws NullPointerException when discriminator is null
     */
    public Builder<E> discriminator(Function<JsonDocument, String> discriminator) {
      this.discriminator = Objects.requireNonNull(discriminator, "discriminator");
      return this;
    }

    /**
     * Reads the event name from the scalar at a path of keys, e.g. {@code "event"}.
     *
     * @param path object keys from the top level, at least one
     * @return this builder
     * @throws IllegalArgumentException when the path is empty or holds null
     */
    public Builder<E> discriminatorField(String... path) {
      if (path == null || path.length == 0 || Arrays.asList(path).contains(null)) {
        throw new IllegalArgumentException("discriminator path must be non-empty without nulls");
      }
      String[] copy = path.clone();
      return discriminator(doc -> doc.string(copy));
    }

    /**
     * Registers the decoder for one event name.
     *
     * @param eventName the exact name the discriminator returns
     * @param decoder builds the event; may throw, which becomes a {@link WebhookParseException}
     * @return this builder
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the name is empty or already registered
     */
    public Builder<E> on(String eventName, Function<JsonDocument, ? extends E> decoder) {
      Objects.requireNonNull(eventName, "eventName");
      Objects.requireNonNull(decoder, "decoder");
      if (eventName.isEmpty()) {
        throw new IllegalArgumentException("event name must not be empty");
      }
      if (decoders.putIfAbsent(eventName, decoder) != null) {
        throw new IllegalArgumentException("event already registered: " + eventName);
      }
      return this;
    }

    /**
     * Sets what to return for names without a decoder (required), typically an {@code Unknown}
     * event keeping the name and raw JSON.
     *
     * @param unknown builds the event from the name and document
     * @return this builder
     * @throws NullPointerException when unknown is null
     */
    public Builder<E> unknown(BiFunction<String, JsonDocument, ? extends E> unknown) {
      this.unknown = Objects.requireNonNull(unknown, "unknown");
      return this;
    }

    /**
     * Sets what to return for bodies without a discriminator (optional). Without it such bodies
     * fail with "missing event discriminator".
     *
     * @param whenMissing builds the event from the document
     * @return this builder
     * @throws NullPointerException when whenMissing is null
     */
    public Builder<E> whenMissing(Function<JsonDocument, ? extends E> whenMissing) {
      this.whenMissing = Objects.requireNonNull(whenMissing, "whenMissing");
      return this;
    }

    /**
     * Builds the immutable parser.
     *
     * @return the parser
     * @throws IllegalStateException when the discriminator or the unknown function is not set
     */
    public DispatchingWebhookParser<E> build() {
      if (discriminator == null) {
        throw new IllegalStateException("discriminator is required");
      }
      if (unknown == null) {
        throw new IllegalStateException("unknown(...) is required");
      }
      return new DispatchingWebhookParser<>(this);
    }
  }
}
