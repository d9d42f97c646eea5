package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields for creating ({@code POST /api/v1/accounts/{account_id}/integrations/hooks}, where
 * {@code app_id} is required) or updating ({@code PATCH .../integrations/hooks/{hook_id}}, where
 * only {@code status} and {@code settings} apply) an integration hook. Serialised as a JSON object
 * holding only the fields that were set; {@code toString()} shows field names only. Immutable.
 */
public final class IntegrationHookParams extends JsonParams {

  private IntegrationHookParams(Builder b) {
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

  /** Builder for {@link IntegrationHookParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code app_id}: the integration app, e.g. {@code dialogflow} (create only; required
     * there).
     *
     * @param appId the app id; null removes it
     * @return this builder
     */
    public Builder appId(String appId) {
      return put("app_id", appId);
    }

    /**
     * Sets {@code inbox_id}: the inbox of an inbox hook (create only).
     *
     * @param inboxId the inbox id; null removes it
     * @return this builder
     */
    public Builder inboxId(Long inboxId) {
      return put("inbox_id", inboxId);
    }

    /**
     * Sets {@code status}: {@code 1} enabled, {@code 0} disabled.
     *
     * @param status the status code; null removes it
     * @return this builder
     */
    public Builder status(Integer status) {
      return put("status", status);
    }

    /**
     * Sets {@code status} from a flag: {@code 1} when enabled, {@code 0} otherwise.
     *
     * @param enabled whether the hook is enabled
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      return put("status", enabled ? 1 : 0);
    }

    /**
     * Sets {@code settings}: the settings the app needs (e.g. Dialogflow
     * {@code project_id}, {@code credentials}).
     *
     * @param settings the settings; null removes them
     * @return this builder
     */
    public Builder settings(Map<String, ?> settings) {
      return put("settings", settings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(settings)));
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public IntegrationHookParams build() {
      return new IntegrationHookParams(this);
    }
  }
}
