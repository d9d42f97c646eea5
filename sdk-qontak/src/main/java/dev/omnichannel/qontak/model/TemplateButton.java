package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * A template button: what {@link Template#buttons()} lists, and what a {@code BUTTONS}
 * component of a new template sends (unset fields are not sent). Build request buttons with the
 * static factories.
 *
 * @param type the button type
 * @param text the button label
 * @param url the URL of a {@code URL} button, may end in a {@code {{1}}} variable
 * @param phoneNumber the number of a {@code PHONE_NUMBER} button, with country code
 * @param otpType the kind of an {@code OTP} button ({@code COPY_CODE} or {@code ONE_TAP})
 * @param example the sample for a variable URL (a list with one full URL) or a coupon code, raw JSON
 */
public record TemplateButton(
    TemplateButtonType type,
    String text,
    String url,
    @Json(name = "phone_number") String phoneNumber,
    @Json(name = "otp_type") String otpType,
    Object example) {

  /**
   * A quick-reply button.
   *
   * @param text the label
   * @return the button
   * @throws IllegalArgumentException when text is blank
   */
  public static TemplateButton quickReply(String text) {
    return new TemplateButton(TemplateButtonType.QUICK_REPLY, required("text", text), null, null, null, null);
  }

  /**
   * A button opening a fixed URL.
   *
   * @param text the label
   * @param url the URL
   * @return the button
   * @throws IllegalArgumentException when text or url is blank
   */
  public static TemplateButton url(String text, String url) {
    return new TemplateButton(TemplateButtonType.URL, required("text", text), required("url", url), null, null, null);
  }

  /**
   * A button opening a URL that ends in a variable, e.g. {@code https://shop.id/order/{{1}}};
   * Meta needs a sample of the full URL.
   *
   * @param text the label
   * @param url the URL with its {@code {{1}}} variable
   * @param exampleUrl a full sample URL
   * @return the button ({@code example} is sent as {@code [exampleUrl]})
   * @throws IllegalArgumentException when a value is blank
   */
  public static TemplateButton url(String text, String url, String exampleUrl) {
    return new TemplateButton(TemplateButtonType.URL, required("text", text), required("url", url), null, null,
        List.of(required("exampleUrl", exampleUrl)));
  }

  /**
   * A button calling a phone number.
   *
   * @param text the label
   * @param phoneNumber the number with country code, e.g. {@code +6281234567890}
   * @return the button
   * @throws IllegalArgumentException when a value is blank
   */
  public static TemplateButton phoneNumber(String text, String phoneNumber) {
    return new TemplateButton(TemplateButtonType.PHONE_NUMBER, required("text", text), null,
        required("phoneNumber", phoneNumber), null, null);
  }

  /**
   * The one-time-passcode button of an {@code AUTHENTICATION} template.
   *
   * @param otpType {@code COPY_CODE} (Meta's default) or {@code ONE_TAP}
   * @param text the label, e.g. {@code Copy code}
   * @return the button
   * @throws IllegalArgumentException when a value is blank
   */
  public static TemplateButton otp(String otpType, String text) {
    return new TemplateButton(TemplateButtonType.OTP, required("text", text), null, null,
        required("otpType", otpType), null);
  }

  /**
   * A button copying a coupon code (marketing templates).
   *
   * @param exampleCode a sample code
   * @return the button
   * @throws IllegalArgumentException when exampleCode is blank
   */
  public static TemplateButton copyCode(String exampleCode) {
    return new TemplateButton(TemplateButtonType.COPY_CODE, null, null, null, null, required("exampleCode", exampleCode));
  }

  static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
