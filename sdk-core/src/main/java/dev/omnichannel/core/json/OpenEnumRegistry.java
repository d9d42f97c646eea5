package dev.omnichannel.core.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The constants of one {@link OpenEnum} subclass and the lookup from raw values to them. Declare
 * it as the first static field of the subclass, then declare the constants with
 * {@link #known(String, String...)}. Thread-safe.
 *
 * @param <E> the open enum type
 */
public final class OpenEnumRegistry<E extends OpenEnum> {

  /**
   * Creates instances of an open enum; normally the subclass's private constructor
   * ({@code MessageStatus::new}).
   *
   * @param <E> the open enum type
   */
  @FunctionalInterface
  public interface Factory<E extends OpenEnum> {
    /**
     * Creates an instance.
     *
     * @param value the raw value
     * @param known whether it is a declared constant
     * @return the instance
     */
    E create(String value, boolean known);
  }

  private final Factory<E> factory;
  private final Map<String, E> byValue = new ConcurrentHashMap<>();
  private final List<E> constants = new ArrayList<>();
  private volatile List<E> knownSnapshot = List.of();

  /**
   * Creates an empty registry.
   *
   * @param factory creates instances, normally the subclass constructor
   * @throws IllegalArgumentException when {@code factory} is null
   */
  public OpenEnumRegistry(Factory<E> factory) {
    if (factory == null) {
      throw new IllegalArgumentException("factory must not be null");
    }
    this.factory = factory;
  }

  /**
   * Declares a constant. {@link #of(String)} returns it for {@code value} and for each alias, e.g.
   * {@code known("incoming", "0")} for Chatwoot's {@code message_type}, which is sent as the string
   * or as the integer. The constant's {@link OpenEnum#value()} is {@code value}.
   *
   * @param value the canonical raw value
   * @param aliases other raw values meaning the same thing
   * @return the constant
   * @throws IllegalArgumentException when a value is null or already declared
   */
  public synchronized E known(String value, String... aliases) {
    List<String> keys = new ArrayList<>();
    keys.add(value);
    keys.addAll(Arrays.asList(aliases));
    for (String key : keys) {
      if (key == null) {
        throw new IllegalArgumentException("Open enum values and aliases must not be null");
      }
      if (byValue.containsKey(key) || keys.indexOf(key) != keys.lastIndexOf(key)) {
        throw new IllegalArgumentException("Open enum value already declared: " + key);
      }
    }
    E constant = factory.create(value, true);
    for (String key : keys) {
      byValue.put(key, constant);
    }
    constants.add(constant);
    knownSnapshot = List.copyOf(constants);
    return constant;
  }

  /**
   * The constant for a raw value (exact, case-sensitive match on its value or an alias), or a new
   * unknown instance that keeps the raw value.
   *
   * @param value the raw value
   * @return the instance, never null
   * @throws IllegalArgumentException when {@code value} is null
   */
  public E of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("Open enum value must not be null");
    }
    E constant = byValue.get(value);
    return constant != null ? constant : factory.create(value, false);
  }

  /**
   * The declared constants, in declaration order.
   *
   * @return an unmodifiable list
   */
  public List<E> known() {
    return knownSnapshot;
  }
}
