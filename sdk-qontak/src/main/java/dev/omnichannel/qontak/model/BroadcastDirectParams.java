package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fields of {@code POST /broadcasts/whatsapp/direct}: one approved template to one WhatsApp number
 * (research §7.1). Required: {@code to_number}, {@code message_template_id},
 * {@code channel_integration_id} and {@code language.code} (it must equal the template's language).
 * {@code to_name} defaults to the number; {@code parameters} is always sent ({@code {}} when the
 * template has no variables).
 *
 * <pre>{@code
 * BroadcastDirectParams p = BroadcastDirectParams.builder()
 *     .toNumber("+62 812-3456-7890").toName("Budi")
 *     .messageTemplateId(templateId).channelIntegrationId(channelId).language("id")
 *     .header(BroadcastHeader.document("https://cdn.qontak.com/uploads/invoice.pdf", "invoice.pdf"))
 *     .bodyParameter("1", "customer_name", "Budi")
 *     .urlButton(0, "INV-001")
 *     .build();
 * }</pre>
 *
 * <p>Serialised as a JSON object holding only the fields that were set; {@link Builder#extra}
 * adds fields this class does not know yet. Immutable.
 */
public final class BroadcastDirectParams extends JsonParams {

  private BroadcastDirectParams(Builder b) {
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

  /**
   * Normalises a phone number to the international form Qontak expects ({@code 6281234567890}):
   * removes {@code +}, whitespace, dashes, dots and parentheses. The country code must already be
   * there; a local {@code 0812...} number is not rewritten.
   *
   * @param number the number as typed
   * @return digits only
   * @throws IllegalArgumentException when the number is blank or contains anything but digits
   *     after removing those characters
   */
  public static String normalizeNumber(String number) {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("to_number is required");
    }
    String digits = number.replaceAll("[+\\s\\-.()]", "");
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("phone number must contain only digits, '+', spaces and dashes");
    }
    return digits;
  }

  /** Builder for {@link BroadcastDirectParams}. Not thread-safe. */
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
     * Sets {@code to_number}, normalised by {@link BroadcastDirectParams#normalizeNumber}.
     *
     * @param number the recipient in international format, e.g. {@code +62 812-3456-7890}
     * @return this builder
     * @throws IllegalArgumentException when the number has letters or is blank
     */
    public Builder toNumber(String number) {
      return put("to_number", normalizeNumber(number));
    }

    /**
     * Sets {@code to_name}, the recipient's name (defaults to the number).
     *
     * @param name the name; null removes it
     * @return this builder
     */
    public Builder toName(String name) {
      return put("to_name", name);
    }

    /**
     * Sets {@code message_template_id}: an approved template from {@code GET /templates/whatsapp}.
     *
     * @param id the template id
     * @return this builder
     */
    public Builder messageTemplateId(String id) {
      return put("message_template_id", id);
    }

    /**
     * Sets {@code channel_integration_id}: the sending WhatsApp integration from
     * {@code GET /integrations}.
     *
     * @param id the integration id
     * @return this builder
     */
    public Builder channelIntegrationId(String id) {
      return put("channel_integration_id", id);
    }

    /**
     * Sets {@code language.code}; it must equal the template's language ({@code id},
     * {@code en}, {@code en_US}, ...), or the log shows WhatsApp error 2001.
     *
     * @param code the language code; null removes it
     * @return this builder
     */
    public Builder language(String code) {
      return put("language", code == null ? null : Map.of("code", code));
    }

    /**
     * Sets {@code name}, a name for the broadcast (known only from community integrations).
     *
     * @param name the name; null removes it
     * @return this builder
     */
    public Builder name(String name) {
      return put("name", name);
    }

    /**
     * Sets {@code parameters.header}, the media header.
     *
     * @param header e.g. {@code BroadcastHeader.image(url, "promo.jpg")}; null removes it
     * @return this builder
     */
    public Builder header(BroadcastHeader header) {
      this.header = header;
      return this;
    }

    /**
     * Adds a body placeholder ({@code parameters.body[]}).
     *
     * @param key the placeholder number, e.g. {@code "1"}
     * @param label a label naming the variable, e.g. {@code customer_name}
     * @param text the text sent, e.g. {@code Budi}
     * @return this builder
     * @throws IllegalArgumentException when any of the three is missing
     */
    public Builder bodyParameter(String key, String label, String text) {
      return bodyParameter(BroadcastBodyParameter.of(key, label, text));
    }

    /**
     * Adds a body placeholder ({@code parameters.body[]}).
     *
     * @param parameter the placeholder; a direct broadcast needs its {@code value_text}
     * @return this builder
     * @throws IllegalArgumentException when {@code value_text} is missing
     */
    public Builder bodyParameter(BroadcastBodyParameter parameter) {
      Objects.requireNonNull(parameter, "parameter");
      if (parameter.valueText() == null) {
        throw new IllegalArgumentException("body parameter " + parameter.key() + " needs value_text in a direct broadcast");
      }
      body.add(parameter);
      return this;
    }

    /**
     * Adds a URL button's dynamic suffix ({@code parameters.buttons[]}).
     *
     * @param index the button's position, from 0
     * @param value the suffix appended to the template's URL
     * @return this builder
     */
    public Builder urlButton(int index, String value) {
      return button(BroadcastButton.url(index, value));
    }

    /**
     * Adds a button parameter ({@code parameters.buttons[]}).
     *
     * @param button the button
     * @return this builder
     */
    public Builder button(BroadcastButton button) {
      buttons.add(Objects.requireNonNull(button, "button"));
      return this;
    }

    /**
     * Fills an authentication (OTP) template: body placeholder
     * {@code {"key":"1","value":"otp","value_text":code}} and the copy-code button
     * {@code {"index":"0","type":"url","value":code}}.
     *
     * @param code the one-time code
     * @return this builder
     * @throws IllegalArgumentException when the code is blank
     */
    public Builder otp(String code) {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("otp code is required");
      }
      bodyParameter("1", "otp", code);
      return urlButton(0, code);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code to_number}, {@code message_template_id},
     *     {@code channel_integration_id} or {@code language} is missing
     */
    public BroadcastDirectParams build() {
      BroadcastDirectParams probe = new BroadcastDirectParams(this);
      for (String key : List.of("to_number", "message_template_id", "channel_integration_id", "language")) {
        Object v = probe.get(key);
        if (v == null || v.toString().isBlank()) {
          throw new IllegalArgumentException(key + " is required");
        }
      }
      if (!has("to_name")) {
        put("to_name", probe.get("to_number"));
      }
      Map<String, Object> parameters = parameters(header, body, buttons);
      if (!parameters.isEmpty() || !has("parameters")) {
        put("parameters", parameters);
      }
      return new BroadcastDirectParams(this);
    }
  }

  static Map<String, Object> parameters(BroadcastHeader header, List<BroadcastBodyParameter> body,
      List<BroadcastButton> buttons) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (header != null) {
      parameters.put("header", header);
    }
    if (!body.isEmpty()) {
      parameters.put("body", List.copyOf(body));
    }
    if (!buttons.isEmpty()) {
      parameters.put("buttons", List.copyOf(buttons));
    }
    return parameters;
  }
}
