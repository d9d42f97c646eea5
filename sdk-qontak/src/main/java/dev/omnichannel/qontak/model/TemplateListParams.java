package dev.omnichannel.qontak.model;

import java.util.Arrays;
import java.util.List;

/**
 * Filters of {@code GET /templates/whatsapp}: status, categories, HSM-chat templates, plus the
 * common search, sort and paging parameters.
 */
public final class TemplateListParams extends ListParams {

  private TemplateListParams(Builder b) {
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
   * Only approved templates (the ones that can be sent).
   *
   * @return the parameters
   */
  public static TemplateListParams approved() {
    return builder().status(TemplateStatus.APPROVED).build();
  }

  /** Builder for {@link TemplateListParams}. */
  public static final class Builder extends ListParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Only this status ({@code status}).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(TemplateStatus status) {
      return set("status", status == null ? null : status.value());
    }

    /**
     * Only these statuses ({@code statuses[]}, repeated).
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder statuses(TemplateStatus... statuses) {
      return addAll("statuses[]", values(statuses));
    }

    /**
     * Only these categories ({@code category[]}, repeated).
     *
     * @param categories the categories
     * @return this builder
     */
    public Builder categories(TemplateCategory... categories) {
      return addAll("category[]", values(categories));
    }

    /**
     * Leave out these categories ({@code excluded_category[]}, repeated).
     *
     * @param categories the categories
     * @return this builder
     */
    public Builder excludedCategories(TemplateCategory... categories) {
      return addAll("excluded_category[]", values(categories));
    }

    /**
     * Only HSM-chat templates, or only the others ({@code hsm_chat}).
     *
     * @param hsmChat true for HSM-chat templates
     * @return this builder
     */
    public Builder hsmChat(Boolean hsmChat) {
      return set("hsm_chat", hsmChat);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public TemplateListParams build() {
      return new TemplateListParams(this);
    }

    private static List<String> values(dev.omnichannel.core.json.OpenEnum... values) {
      return values == null ? List.of()
          : Arrays.stream(values).filter(v -> v != null).map(dev.omnichannel.core.json.OpenEnum::value).toList();
    }
  }
}
