package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One component of a new template ({@code attributes[].components[]} of
 * {@code POST /templates/whatsapp}). Build it with the static factories, which check Meta's rules;
 * unset fields are not sent. Every language of a template needs exactly one {@code BODY};
 * {@code HEADER}, {@code FOOTER} and {@code BUTTONS} are optional.
 *
 * @param type the component type
 * @param format the header format ({@code HEADER} only)
 * @param text the text of a text header, the body or the footer
 * @param example sample values for variables or media, or null
 * @param buttons the buttons ({@code BUTTONS} only)
 * @param addSecurityRecommendation {@code AUTHENTICATION} body: append Meta's "do not share this
 *     code" line
 * @param codeExpirationMinutes {@code AUTHENTICATION} footer: the code's validity in minutes
 */
public record TemplateComponent(
    TemplateComponentType type,
    TemplateHeaderFormat format,
    String text,
    TemplateExample example,
    List<TemplateButton> buttons,
    @Json(name = "add_security_recommendation") Boolean addSecurityRecommendation,
    @Json(name = "code_expiration_minutes") Integer codeExpirationMinutes) {

  /** Meta's limit on body text. */
  public static final int MAX_BODY_LENGTH = 1024;
  /** Meta's limit on buttons per template. */
  public static final int MAX_BUTTONS = 10;

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(\\d+)\\s*}}");

  /**
   * Checks the type and copies the buttons (null stays null, so it is not sent).
   *
   * @param type the component type, required
   * @param format the header format
   * @param text the text
   * @param example sample values
   * @param buttons the buttons
   * @param addSecurityRecommendation authentication body flag
   * @param codeExpirationMinutes authentication footer expiry
   * @throws NullPointerException when type is null
   */
  public TemplateComponent {
    Objects.requireNonNull(type, "type is required");
    buttons = buttons == null ? null : List.copyOf(buttons);
  }

  /**
   * A body without variables, or whose variables need no sample.
   *
   * @param text the body text, at most {@value #MAX_BODY_LENGTH} characters
   * @return the component
   * @throws IllegalArgumentException when text is blank or too long
   */
  public static TemplateComponent body(String text) {
    return new TemplateComponent(TemplateComponentType.BODY, null, bodyText(text), null, null, null, null);
  }

  /**
   * A body with {@code {{1}}}, {@code {{2}}}, ... variables and one sample value for each.
   *
   * @param text the body text
   * @param exampleValues one sample per variable, in order
   * @return the component ({@code example.body_text} is {@code [exampleValues]})
   * @throws IllegalArgumentException when text is blank or too long, or the number of samples
   *     differs from the number of distinct variables
   */
  public static TemplateComponent body(String text, List<String> exampleValues) {
    int variables = variables(bodyText(text));
    if (exampleValues == null || exampleValues.size() != variables) {
      throw new IllegalArgumentException("body has " + variables + " variable(s) but "
          + (exampleValues == null ? 0 : exampleValues.size()) + " example value(s)");
    }
    return new TemplateComponent(TemplateComponentType.BODY, null, text,
        new TemplateExample(List.of(exampleValues), null, null), null, null, null);
  }

  /**
   * The body of an {@code AUTHENTICATION} template: Meta writes the text itself.
   *
   * @param addSecurityRecommendation whether to add Meta's security line
   * @return the component
   */
  public static TemplateComponent authenticationBody(boolean addSecurityRecommendation) {
    return new TemplateComponent(TemplateComponentType.BODY, null, null, null, null, addSecurityRecommendation, null);
  }

  /**
   * A text header.
   *
   * @param text the header text, with at most one {@code {{1}}} variable
   * @return the component
   * @throws IllegalArgumentException when text is blank
   */
  public static TemplateComponent headerText(String text) {
    return new TemplateComponent(TemplateComponentType.HEADER, TemplateHeaderFormat.TEXT,
        TemplateButton.required("text", text), null, null, null, null);
  }

  /**
   * A text header with a {@code {{1}}} variable and its sample.
   *
   * @param text the header text
   * @param exampleValue the variable's sample
   * @return the component
   * @throws IllegalArgumentException when a value is blank
   */
  public static TemplateComponent headerText(String text, String exampleValue) {
    return new TemplateComponent(TemplateComponentType.HEADER, TemplateHeaderFormat.TEXT,
        TemplateButton.required("text", text),
        new TemplateExample(null, List.of(TemplateButton.required("exampleValue", exampleValue)), null),
        null, null, null);
  }

  /**
   * A media header without a sample (Qontak's own example sends only {@code format}).
   *
   * @param format {@code IMAGE}, {@code VIDEO} or {@code DOCUMENT}
   * @return the component
   * @throws IllegalArgumentException when format is {@code TEXT}
   */
  public static TemplateComponent headerMedia(TemplateHeaderFormat format) {
    return new TemplateComponent(TemplateComponentType.HEADER, media(format), null, null, null, null, null);
  }

  /**
   * A media header with a sample file.
   *
   * @param format {@code IMAGE}, {@code VIDEO} or {@code DOCUMENT}
   * @param exampleHandle a public URL of a sample file (upload with the file uploader first)
   * @return the component ({@code example.header_handle} is {@code [exampleHandle]})
   * @throws IllegalArgumentException when format is {@code TEXT} or the handle is blank
   */
  public static TemplateComponent headerMedia(TemplateHeaderFormat format, String exampleHandle) {
    return new TemplateComponent(TemplateComponentType.HEADER, media(format), null,
        new TemplateExample(null, null, List.of(TemplateButton.required("exampleHandle", exampleHandle))),
        null, null, null);
  }

  /**
   * A footer.
   *
   * @param text the footer text (no variables)
   * @return the component
   * @throws IllegalArgumentException when text is blank
   */
  public static TemplateComponent footer(String text) {
    return new TemplateComponent(TemplateComponentType.FOOTER, null, TemplateButton.required("text", text),
        null, null, null, null);
  }

  /**
   * The footer of an {@code AUTHENTICATION} template: Meta writes "This code expires in N minutes".
   *
   * @param codeExpirationMinutes the code's validity, 1 to 90 minutes
   * @return the component
   * @throws IllegalArgumentException when out of range
   */
  public static TemplateComponent authenticationFooter(int codeExpirationMinutes) {
    if (codeExpirationMinutes < 1 || codeExpirationMinutes > 90) {
      throw new IllegalArgumentException("codeExpirationMinutes must be between 1 and 90");
    }
    return new TemplateComponent(TemplateComponentType.FOOTER, null, null, null, null, null, codeExpirationMinutes);
  }

  /**
   * The buttons.
   *
   * @param buttons 1 to {@value #MAX_BUTTONS} buttons
   * @return the component
   * @throws IllegalArgumentException when there are none or too many
   */
  public static TemplateComponent buttons(List<TemplateButton> buttons) {
    if (buttons == null || buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
      throw new IllegalArgumentException("buttons needs 1 to " + MAX_BUTTONS + " buttons");
    }
    buttons.forEach(b -> Objects.requireNonNull(b, "button"));
    return new TemplateComponent(TemplateComponentType.BUTTONS, null, null, null, buttons, null, null);
  }

  /**
   * The buttons.
   *
   * @param buttons 1 to {@value #MAX_BUTTONS} buttons
   * @return the component
   * @throws IllegalArgumentException when there are none or too many
   */
  public static TemplateComponent buttons(TemplateButton... buttons) {
    return buttons(buttons == null ? null : List.of(buttons));
  }

  private static String bodyText(String text) {
    TemplateButton.required("text", text);
    if (text.length() > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException("body text is longer than " + MAX_BODY_LENGTH + " characters");
    }
    return text;
  }

  private static int variables(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.size();
  }

  private static TemplateHeaderFormat media(TemplateHeaderFormat format) {
    Objects.requireNonNull(format, "format is required");
    if (TemplateHeaderFormat.TEXT.equals(format)) {
      throw new IllegalArgumentException("use headerText(...) for a TEXT header");
    }
    return format;
  }
}
