package dev.omnichannel.qontak.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Query parameters of a Qontak list endpoint: the common ones ({@code query}, {@code offset},
 * {@code limit}, {@code cursor}, {@code cursor_direction}, {@code order_by},
 * {@code order_direction}, {@code is_counted}) plus endpoint filters added by subclasses'
 * builders or by {@link Builder#extra}. Immutable; {@code toString()} shows names only.
 */
public class ListParams {

  private final List<Map.Entry<String, String>> entries;

  /**
   * Copies the builder's parameters.
   *
   * @param builder the builder
   */
  protected ListParams(Builder<?> builder) {
    this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
  }

  private ListParams(List<Map.Entry<String, String>> entries) {
    this.entries = Collections.unmodifiableList(entries);
  }

  /**
   * No parameters: the endpoint's defaults.
   *
   * @return empty parameters
   */
  public static ListParams none() {
    return new ListParams(List.of());
  }

  /**
   * A builder for the common parameters only (endpoint-specific parameter classes have their own
   * {@code builder()}).
   *
   * @return a new builder
   */
  public static Plain common() {
    return new Plain();
  }

  /**
   * The parameters in order; a name may repeat (array filters such as {@code tags[]}).
   *
   * @return name/value pairs
   */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /**
   * The value of a single-valued parameter.
   *
   * @param name the parameter name, e.g. {@code offset}
   * @return its (first) value, or null when it is not set
   */
  public String value(String name) {
    Objects.requireNonNull(name, "name");
    for (Map.Entry<String, String> e : entries) {
      if (e.getKey().equals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * These parameters with one single-valued parameter replaced (kept in its place) or added at
   * the end; null removes it.
   *
   * @param name the parameter name
   * @param value the new value, or null to remove the parameter
   * @return a copy
   */
  public ListParams with(String name, Object value) {
    Objects.requireNonNull(name, "name");
    List<Map.Entry<String, String>> copy = new ArrayList<>();
    boolean replaced = false;
    for (Map.Entry<String, String> e : entries) {
      if (!e.getKey().equals(name)) {
        copy.add(e);
      } else if (value != null && !replaced) {
        copy.add(Map.entry(name, String.valueOf(value)));
        replaced = true;
      }
    }
    if (value != null && !replaced) {
      copy.add(Map.entry(name, String.valueOf(value)));
    }
    return new ListParams(copy);
  }

  /**
   * These parameters with {@code cursor} replaced (for walking pages by cursor).
   *
   * @param cursor the cursor, or null to remove it
   * @return a copy
   */
  public ListParams withCursor(String cursor) {
    return with("cursor", cursor);
  }

  /**
   * These parameters with {@code offset} (the 1-based page number) replaced, for walking lists
   * that page by offset.
   *
   * @param offset the page number, or null to remove it
   * @return a copy
   */
  public ListParams withOffset(Integer offset) {
    return with("offset", offset);
  }

  /** Shows parameter names only. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + entries.stream().map(Map.Entry::getKey).toList();
  }

  /** The builder for plain {@link ListParams}. */
  public static final class Plain extends Builder<Plain> {
    private Plain() {}

    @Override
    protected Plain self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ListParams build() {
      return new ListParams(this);
    }
  }

  /**
   * Collects list parameters; endpoint-specific builders extend it with typed filters.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    /** Creates an empty builder. */
    protected Builder() {}

    /**
     * The concrete builder.
     *
     * @return {@code this}
     */
    protected abstract B self();

    /**
     * Sets a single-valued parameter (replacing an earlier value); null removes it.
     *
     * @param name the parameter name
     * @param value the value
     * @return this builder
     */
    protected final B set(String name, Object value) {
      Objects.requireNonNull(name, "name");
      entries.removeIf(e -> e.getKey().equals(name));
      if (value != null) {
        entries.add(Map.entry(name, String.valueOf(value)));
      }
      return self();
    }

    /**
     * Adds one value of a repeated parameter such as {@code tags[]}.
     *
     * @param name the parameter name
     * @param values the values to add
     * @return this builder
     */
    protected final B addAll(String name, Iterable<?> values) {
      Objects.requireNonNull(name, "name");
      if (values != null) {
        for (Object v : values) {
          if (v != null) {
            entries.add(Map.entry(name, String.valueOf(v)));
          }
        }
      }
      return self();
    }

    /**
     * Free-text search ({@code query}).
     *
     * @param query the search text
     * @return this builder
     */
    public B query(String query) {
      return set("query", query);
    }

    /**
     * The page number, 1-based ({@code offset}).
     *
     * @param offset the page
     * @return this builder
     */
    public B offset(Integer offset) {
      return set("offset", offset);
    }

    /**
     * The page size ({@code limit}).
     *
     * @param limit the page size
     * @return this builder
     */
    public B limit(Integer limit) {
      return set("limit", limit);
    }

    /**
     * The cursor of the page to fetch ({@code cursor}).
     *
     * @param cursor a cursor from {@link Pagination.Cursor}
     * @return this builder
     */
    public B cursor(String cursor) {
      return set("cursor", cursor);
    }

    /**
     * Which way the cursor walks ({@code cursor_direction}: {@code after} or {@code before}).
     *
     * @param direction the direction
     * @return this builder
     */
    public B cursorDirection(String direction) {
      return set("cursor_direction", direction);
    }

    /**
     * Sort field ({@code order_by}: e.g. {@code created_at}, {@code updated_at}).
     *
     * @param field the field
     * @return this builder
     */
    public B orderBy(String field) {
      return set("order_by", field);
    }

    /**
     * Sort direction ({@code order_direction}: {@code asc} or {@code desc}).
     *
     * @param direction the direction
     * @return this builder
     */
    public B orderDirection(String direction) {
      return set("order_direction", direction);
    }

    /**
     * Whether the server should count the total ({@code is_counted}).
     *
     * @param counted true to get {@code meta.pagination.total}
     * @return this builder
     */
    public B isCounted(Boolean counted) {
      return set("is_counted", counted);
    }

    /**
     * Any other parameter (escape hatch); a name ending in {@code []} may be repeated.
     *
     * @param name the parameter name
     * @param value the value; null removes a single-valued parameter
     * @return this builder
     */
    public B extra(String name, Object value) {
      return name.endsWith("[]") && value != null ? addAll(name, List.of(value)) : set(name, value);
    }
  }
}
