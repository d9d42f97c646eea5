package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields of {@code POST /broadcasts/whatsapp}: one template to every contact of a contact list
 * (research §7.2). Required: {@code name}, {@code message_template_id}, {@code contact_list_id}
 * and {@code channel_integration_id}. Body placeholders name contact-list columns
 * ({@code {"key":"1","value":"full_name"}}); Qontak fills them per recipient. Create the list
 * first and wait until its {@code progress} is {@code success}.
 *
 * <p>The request body is known only from community integrations; {@code language},
 * {@code send_at} and {@code execute_type} are inferred from the broadcast's answer fields.
 * Serialised as a JSON object holding only the fields that were set. Immutable.
 */
public final class BroadcastBulkParams extends JsonParams {

  private BroadcastBulkParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link BroadcastBulkParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private BroadcastHeader header;
    private final List<BroadcastBodyParameter> body = new ArrayList<>();
    private final List<BroadcastButton> buttons = new ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}, the broadcast's name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code message_template_id}.
     *
     * @param id the approved template's id
     * @return this builder
     */
    public Builder messageTemplateId(String id) {
      return put("message_template_id", id);
    }

    /**
     * Sets {@code contact_list_id}: the recipients.
     *
     * @param id the contact list's id
     * @return this builder
     */
    public Builder contactListId(String id) {
      return put("contact_list_id", id);
    }

    /**
     * Sets {@code channel_integration_id}: the sending WhatsApp integration.
     *
     * @param id the integration id
     * @return this builder
     */
    public Builder channelIntegrationId(String id) {
      return put("channel_integration_id", id);
    }

    /**
     * Sets {@code language.code}, the template's language.
     *
     * @param code the language code; null removes it
     * @return this builder
     */
    public Builder language(String code) {
      return put("language", code == null ? null : Map.of("code", code));
    }

    /**
     * Sets {@code send_at}, when a scheduled broadcast is sent (ISO-8601 UTC).
     *
     * @param sendAt the time; null removes it
     * @return this builder
     */
    public Builder sendAt(Instant sendAt) {
      return put("send_at", sendAt == null ? null : sendAt.toString());
    }

    /**
     * Sets {@code execute_type}.
     *
     * @param type {@link BroadcastExecuteType#IMMEDIATELY} or {@link BroadcastExecuteType#SPECIFIC};
     *     null removes it
     * @return this builder
     */
    public Builder executeType(BroadcastExecuteType type) {
      return put("execute_type", type == null ? null : type.value());
    }

    /**
     * Schedules the broadcast: {@code send_at} plus {@code execute_type=specific}.
     *
     * @param sendAt when to send
     * @return this builder
     */
    public Builder scheduleAt(Instant sendAt) {
      return sendAt(Objects.requireNonNull(sendAt, "sendAt")).executeType(BroadcastExecuteType.SPECIFIC);
    }

    /**
     * Sets {@code parameters.header}, the media header.
     *
     * @param header the header; null removes it
     * @return this builder
     */
    public Builder header(BroadcastHeader header) {
      this.header = header;
      return this;
    }

    /**
     * Adds a body placeholder filled from a contact-list column.
     *
     * @param key the placeholder number, e.g. {@code "1"}
     * @param column the column, e.g. {@code full_name}
     * @return this builder
     */
    public Builder bodyParameter(String key, String column) {
      return bodyParameter(BroadcastBodyParameter.column(key, column));
    }

    /**
     * Adds a body placeholder.
     *
     * @param parameter the placeholder
     * @return this builder
     */
    public Builder bodyParameter(BroadcastBodyParameter parameter) {
      body.add(Objects.requireNonNull(parameter, "parameter"));
      return this;
    }

    /**
     * Adds a URL button's dynamic suffix.
     *
     * @param index the button's position, from 0
     * @param value the suffix
     * @return this builder
     */
    public Builder urlButton(int index, String value) {
      return button(BroadcastButton.url(index, value));
    }

    /**
     * Adds a button parameter.
     *
     * @param button the button
     * @return this builder
     */
    public Builder button(BroadcastButton button) {
      buttons.add(Objects.requireNonNull(button, "button"));
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code name}, {@code message_template_id},
     *     {@code contact_list_id} or {@code channel_integration_id} is missing
     */
    public BroadcastBulkParams build() {
      Map<String, Object> parameters = BroadcastDirectParams.parameters(header, body, buttons);
      if (!parameters.isEmpty() || !has("parameters")) {
        put("parameters", parameters);
      }
      BroadcastBulkParams params = new BroadcastBulkParams(this);
      for (String key : List.of("name", "message_template_id", "contact_list_id", "channel_integration_id")) {
        Object v = params.get(key);
        if (v == null || v.toString().isBlank()) {
          throw new IllegalArgumentException(key + " is required");
        }
      }
      return params;
    }
  }
}
