package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields of {@code POST /broadcasts/contacts} (check which numbers have WhatsApp; known only from
 * community integrations): {@code channel_integration_id} and {@code phone_numbers}, both
 * required. Numbers are sent as given (trimmed), so each answer's {@code input} matches what you
 * passed. Immutable.
 */
public final class WhatsAppNumberCheckParams extends JsonParams {

  private WhatsAppNumberCheckParams(Builder b) {
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
   * Parameters for one channel and some numbers.
   *
   * @param channelIntegrationId the WhatsApp integration that checks
   * @param phoneNumbers the numbers, international format
   * @return the parameters
   * @throws IllegalArgumentException when the id or the numbers are missing
   */
  public static WhatsAppNumberCheckParams of(String channelIntegrationId, List<String> phoneNumbers) {
    return builder().channelIntegrationId(channelIntegrationId).phoneNumbers(phoneNumbers).build();
  }

  /** Builder for {@link WhatsAppNumberCheckParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private final List<String> numbers = new ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code channel_integration_id}.
     *
     * @param id the WhatsApp integration id
     * @return this builder
     */
    public Builder channelIntegrationId(String id) {
      return put("channel_integration_id", id);
    }

    /**
     * Adds numbers to {@code phone_numbers}.
     *
     * @param phoneNumbers the numbers
     * @return this builder
     * @throws IllegalArgumentException when a number is blank
     */
    public Builder phoneNumbers(List<String> phoneNumbers) {
      for (String n : phoneNumbers) {
        phoneNumber(n);
      }
      return this;
    }

    /**
     * Adds one number to {@code phone_numbers}.
     *
     * @param phoneNumber the number
     * @return this builder
     * @throws IllegalArgumentException when the number is blank
     */
    public Builder phoneNumber(String phoneNumber) {
      if (phoneNumber == null || phoneNumber.isBlank()) {
        throw new IllegalArgumentException("phone number must not be blank");
      }
      numbers.add(phoneNumber.strip());
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code channel_integration_id} or every number is missing
     */
    public WhatsAppNumberCheckParams build() {
      Object id = new WhatsAppNumberCheckParams(this).get("channel_integration_id");
      if (id == null || id.toString().isBlank()) {
        throw new IllegalArgumentException("channel_integration_id is required");
      }
      if (numbers.isEmpty()) {
        throw new IllegalArgumentException("phone_numbers is required");
      }
      put("phone_numbers", List.copyOf(numbers));
      return new WhatsAppNumberCheckParams(this);
    }
  }
}
