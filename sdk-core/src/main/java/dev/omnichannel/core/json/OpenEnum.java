package dev.omnichannel.core.json;

/**
 * Base of the SDK's open enums: a value type wrapping the raw string a provider sends (a status, a
 * channel, an event name) that has constants for the values known when the SDK was released and
 * keeps any other value instead of failing. Two instances are equal when they are of the same
 * concrete class and have the same {@link #value()}.
 *
 * <p>A subclass is a final class with a private {@code (String, boolean)} constructor, an
 * {@link OpenEnumRegistry}, its constants, and {@code of}/{@code known} methods:
 *
 * <pre>{@code
 * public final class MessageStatus extends OpenEnum {
 *   private static final OpenEnumRegistry<MessageStatus> REGISTRY =
 *       new OpenEnumRegistry<>(MessageStatus::new);
 *   public static final MessageStatus SENT = REGISTRY.known("sent");
 *   private MessageStatus(String value, boolean known) { super(value, known); }
 *   public static MessageStatus of(String value) { return REGISTRY.of(value); }
 *   public static List<MessageStatus> known() { return REGISTRY.known(); }
 * }
 * }</pre>
 *
 * <p>Register its JSON adapter with
 * {@code builder.add(JsonSupport.openEnumFactory(MessageStatus.class, MessageStatus::of))}.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  /**
   * Creates an instance; called by subclasses through their {@link OpenEnumRegistry}.
   *
   * @param value the raw value, as the provider sends it
   * @param known whether this is one of the declared constants
   * @throws IllegalArgumentException when {@code value} is null
   */
  protected OpenEnum(String value, boolean known) {
    if (value == null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + " value must not be null");
    }
    this.value = value;
    this.known = known;
  }

  /**
   * The raw value, exactly as sent or declared.
   *
   * @return the value, never null
   */
  public final String value() {
    return value;
  }

  /**
   * Whether this is one of the constants the SDK declares; false for values a provider added
   * later.
   *
   * @return true for a declared constant
   */
  public final boolean isKnown() {
    return known;
  }

  /**
   * Equal when {@code other} has the same concrete class and value.
   *
   * @param other the object to compare
   * @return whether they are equal
   */
  @Override
  public final boolean equals(Object other) {
    return other == this
        || other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  /**
   * Hash of the concrete class and value.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return 31 * getClass().getName().hashCode() + value.hashCode();
  }

  /**
   * The raw value.
   *
   * @return {@link #value()}
   */
  @Override
  public final String toString() {
    return value;
  }
}
