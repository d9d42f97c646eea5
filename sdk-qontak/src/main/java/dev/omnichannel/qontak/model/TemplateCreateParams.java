package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Body of {@code POST /templates/whatsapp} and {@code POST /templates/whatsapp/hsm_chat}:
 * {@code {name, category, attributes:[{components:[...], language}]}}; the service adds
 * {@code hsm} ({@code false} or {@code true}). One template may be submitted in several
 * languages at once: call {@link Builder#language} again to start the next language's components.
 *
 * <pre>{@code
 * TemplateCreateParams.builder()
 *     .name("order_shipped")
 *     .category(TemplateCategory.UTILITY)
 *     .language("id")
 *     .component(TemplateComponent.headerMedia(TemplateHeaderFormat.IMAGE))
 *     .component(TemplateComponent.body("Halo {{1}}, pesanan {{2}} dikirim.", List.of("Budi", "INV-1")))
 *     .component(TemplateComponent.buttons(TemplateButton.quickReply("Terima kasih")))
 *     .build();
 * }</pre>
 */
public final class TemplateCreateParams extends JsonParams {

  /** What Meta allows in a template name: lowercase letters, digits and underscores. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");

  private TemplateCreateParams(Builder b) {
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
   * The body to send, with {@code hsm} set as the endpoint needs.
   *
   * @param hsm {@code false} for a normal template, {@code true} for an HSM-chat template
   * @return a copy of {@link #toJson()} with {@code hsm}
   */
  public Map<String, Object> toJson(boolean hsm) {
    Map<String, Object> body = new LinkedHashMap<>(toJson());
    body.put("hsm", hsm);
    return body;
  }

  /** Builder for {@link TemplateCreateParams}. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private final List<Attribute> attributes = new ArrayList<>();
    private String name;
    private TemplateCategory category;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The template name ({@code name}): lowercase letters, digits and underscores only.
     *
     * @param name the name, e.g. {@code order_shipped}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return put("name", name);
    }

    /**
     * The category ({@code category}); see {@code GET /templates/category}.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(TemplateCategory category) {
      this.category = category;
      return put("category", category);
    }

    /**
     * The language of the components added next ({@code attributes[].language}), e.g. {@code id}
     * or {@code en_US}; see {@code GET /templates/language}. Calling it again starts another
     * language.
     *
     * @param language the language code
     * @return this builder
     */
    public Builder language(String language) {
      Attribute last = attributes.isEmpty() ? null : attributes.get(attributes.size() - 1);
      if (last != null && last.language == null) {
        last.language = language;
      } else {
        attributes.add(new Attribute(language));
      }
      return this;
    }

    /**
     * Adds a component to the current language.
     *
     * @param component the component, from the {@link TemplateComponent} factories
     * @return this builder
     */
    public Builder component(TemplateComponent component) {
      if (attributes.isEmpty()) {
        attributes.add(new Attribute(null));
      }
      attributes.get(attributes.size() - 1).components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /**
     * Adds a language with all its components.
     *
     * @param language the language code
     * @param components the components
     * @return this builder
     */
    public Builder language(String language, List<TemplateComponent> components) {
      attributes.add(new Attribute(language));
      components.forEach(this::component);
      return this;
    }

    /**
     * Checks Meta's rules and builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when the name is missing or not lowercase alphanumerics and
     *     underscores, the category or a language is missing, a language has no or several
     *     {@code BODY} components, or repeats a {@code HEADER}, {@code FOOTER} or {@code BUTTONS}
     */
    public TemplateCreateParams build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name is required");
      }
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("name must be lowercase letters, digits and underscores: " + name);
      }
      if (category == null) {
        throw new IllegalArgumentException("category is required");
      }
      if (attributes.isEmpty()) {
        throw new IllegalArgumentException("language and a BODY component are required");
      }
      List<Map<String, Object>> json = new ArrayList<>();
      for (Attribute a : attributes) {
        if (a.language == null || a.language.isBlank()) {
          throw new IllegalArgumentException("language is required");
        }
        for (TemplateComponentType t : TemplateComponentType.known()) {
          long n = a.components.stream().filter(c -> t.equals(c.type())).count();
          if (t.equals(TemplateComponentType.BODY) && n != 1) {
            throw new IllegalArgumentException("language " + a.language + " needs exactly one BODY component, has " + n);
          }
          if (n > 1) {
            throw new IllegalArgumentException("language " + a.language + " has " + n + " " + t.value() + " components");
          }
        }
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("components", List.copyOf(a.components));
        attribute.put("language", a.language);
        json.add(attribute);
      }
      put("attributes", List.copyOf(json));
      return new TemplateCreateParams(this);
    }
  }

  private static final class Attribute {
    private String language;
    private final List<TemplateComponent> components = new ArrayList<>();

    Attribute(String language) {
      this.language = language;
    }
  }
}
