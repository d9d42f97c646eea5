package dev.omnichannel.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every request-parameter class: an immutable, insertion-ordered map of the JSON fields
 * the caller set (unset fields are not sent), built by a subclass of {@link Builder} whose typed
 * setters call {@link Builder#put}. {@link Builder#extra} is the escape hatch for fields the SDK
 * does not know yet. {@code toString()} shows field names only, never values (they may be
 * personal data or secrets).
 */
public abstract class JsonParams {

  private final Map<String, Object> fields;

  /**
   * Copies the builder's fields.
   *
   * @param builder the builder
   */
  protected JsonParams(Builder<?> builder) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
  }

  /**
   * The JSON object to send, in the order the fields were set.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> toJson() {
    return fields;
  }

  /**
   * One field's value as set.
   *
   * @param name the JSON field name
   * @return the value, or null when unset
   */
  public Object get(String name) {
    return fields.get(name);
  }

  /** Shows the class and the names of the fields set. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + fields.keySet();
  }

  /**
   * Collects fields for a {@link JsonParams} subclass.
   *
   * @param <B> the concrete builder, returned by every setter
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Creates an empty builder. */
    protected Builder() {}

    /**
     * The concrete builder.
     *
     * @return {@code this}
     */
    protected abstract B self();

    /**
     * Sets a field; null removes it (so it is not sent).
     *
     * @param name the JSON field name
     * @param value the value (records, maps, lists, strings, numbers, booleans)
     * @return this builder
     */
    protected final B put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value == null) {
        fields.remove(name);
      } else {
        fields.put(name, value);
      }
      return self();
    }

    /**
     * Whether a field was set (for required-field checks in {@code build()}).
     *
     * @param name the JSON field name
     * @return true when set
     */
    protected final boolean has(String name) {
      return fields.containsKey(name);
    }

    /**
     * Sets a field this class has no setter for (new or undocumented provider fields).
     *
     * @param name the JSON field name
     * @param value the value; null removes it
     * @return this builder
     */
    public B extra(String name, Object value) {
      return put(name, value);
    }
  }
}
