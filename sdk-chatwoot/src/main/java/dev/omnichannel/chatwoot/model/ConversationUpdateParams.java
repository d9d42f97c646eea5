package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields for {@code PATCH /api/v1/accounts/{account_id}/conversations/{conversation_id}}. Only the
 * fields set are sent. Immutable.
 *
 * <p>{@link Builder#clearPriority()} is sent as an explicit JSON {@code null} ({@code
 * "priority":null}), which {@link #toJson()} shows as a {@code priority} key with a null value.
 */
public final class ConversationUpdateParams extends JsonParams {

  private final Map<String, Object> json;

  private ConversationUpdateParams(Builder b) {
    super(b);
    if (b.clearPriority && !has("priority")) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("priority", null);
      fields.putAll(super.toJson());
      this.json = Collections.unmodifiableMap(fields);
    } else {
      this.json = super.toJson();
    }
  }

  private boolean has(String name) {
    return super.toJson().containsKey(name);
  }

  /**
   * The JSON object to send, in the order the fields were set, with {@code "priority": null} when
   * {@link Builder#clearPriority()} was called.
   *
   * @return an unmodifiable map; may hold a null value for {@code priority}
   */
  @Override
  public Map<String, Object> toJson() {
    return json;
  }

  /** Shows the class and the names of the fields set. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + json.keySet();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ConversationUpdateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private boolean clearPriority;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code priority}.
     *
     * @param priority the priority; null removes the field (use {@link #clearPriority()} to unset
     *     the conversation's priority)
     * @return this builder
     */
    public Builder priority(ConversationPriority priority) {
      clearPriority = false;
      return put("priority", priority == null ? null : priority.value());
    }

    /**
     * Removes the conversation's priority: sends {@code "priority": null}. (The spec's {@code none}
     * is not a value the server accepts: its priority enum is low, medium, high and urgent.)
     *
     * @return this builder
     */
    public Builder clearPriority() {
      clearPriority = true;
      return put("priority", null);
    }

    /**
     * Sets {@code sla_policy_id} (Enterprise edition only).
     *
     * @param slaPolicyId the SLA policy id; null removes the field
     * @return this builder
     */
    public Builder slaPolicyId(Long slaPolicyId) {
      return put("sla_policy_id", slaPolicyId);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public ConversationUpdateParams build() {
      return new ConversationUpdateParams(this);
    }
  }
}
