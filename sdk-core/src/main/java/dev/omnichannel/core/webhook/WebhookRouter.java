package dev.omnichannel.core.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sends an event to the handler registered for its type: the first registration whose class the
 * event is an instance of wins, in registration order; otherwise the {@code otherwise} handler, if
 * any. Immutable and thread-safe when the handlers are.
 *
 * <pre>{@code
 * WebhookRouter<ChatwootEvent> router = WebhookRouter.<ChatwootEvent>builder()
 *     .on(MessageCreated.class, m -> store(m))
 *     .otherwise(e -> log.debug("ignored {}", e))
 *     .build();
 * router.route(event);
 * }</pre>
 *
 * @param <E> the event type
 */
public final class WebhookRouter<E> {

  private final List<Route<E>> routes;
  private final Consumer<? super E> otherwise;

  private WebhookRouter(Builder<E> b) {
    this.routes = List.copyOf(b.routes);
    this.otherwise = b.otherwise;
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
   * Dispatches an event to the first matching handler, else to {@code otherwise}. Exceptions from
   * handlers propagate unchanged.
   *
   * @param event the event
   * @return true when a handler (including {@code otherwise}) ran, false when nothing matched
   * @throws NullPointerException when event is null
   */
  public boolean route(E event) {
    Objects.requireNonNull(event, "event");
    for (Route<E> r : routes) {
      if (r.type.isInstance(event)) {
        r.handler.accept(event);
        return true;
      }
    }
    if (otherwise != null) {
      otherwise.accept(event);
      return true;
    }
    return false;
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    routes.forEach(r -> names.add(r.type.getSimpleName()));
    return "WebhookRouter{" + names + (otherwise != null ? ", otherwise" : "") + "}";
  }

  private static final class Route<E> {
    final Class<?> type;
    final Consumer<E> handler;

    Route(Class<?> type, Consumer<E> handler) {
      this.type = type;
      this.handler = handler;
    }
  }

  /**
   * Builds a {@link WebhookRouter}. Not thread-safe; {@link #build()} copies.
   *
   * @param <E> the event type
   */
  public static final class Builder<E> {
    private final List<Route<E>> routes = new ArrayList<>();
    private Consumer<? super E> otherwise;

    private Builder() {}

    /**
     * Registers a handler for events of a type (or a subtype).
     *
     * @param type the event class
     * @param handler the handler
     * @param <T> the event subtype
     * @return this builder
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the type is already registered
     */
    public <T extends E> Builder<E> on(Class<T> type, Consumer<? super T> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(handler, "handler");
      for (Route<E> r : routes) {
        if (r.type.equals(type)) {
          throw new IllegalArgumentException("handler already registered for " + type.getName());
        }
      }
      routes.add(new Route<>(type, e -> handler.accept(type.cast(e))));
      return this;
    }

    /**
     * Sets the handler for events no registration matched.
     *
     * @param handler the handler
     * @return this builder
     * @throws NullPointerException when handler is null
     */
    public Builder<E> otherwise(Consumer<? super E> handler) {
      this.otherwise = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Builds the immutable router.
     *
     * @return the router
     */
    public WebhookRouter<E> build() {
      return new WebhookRouter<>(this);
    }
  }
}
