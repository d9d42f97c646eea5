package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of {@code POST /contacts/contact_lists/add_contacts}:
 * {@code {"contact_list_id": "...", "contacts": [{"full_name", "phone_number", <variables...>}]}}.
 * Each contact carries the same keys as a row of the list's spreadsheet: {@code full_name},
 * {@code phone_number} and the list's {@link ContactList#contactVariables() variables}. Immutable.
 */
public final class ContactListAddContactsParams extends JsonParams {

  private ContactListAddContactsParams(Builder b) {
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

  /** Builder for {@link ContactListAddContactsParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private final List<Map<String, Object>> contacts = new ArrayList<>();
    private String contactListId;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code contact_list_id} (required): the list to append to.
     *
     * @param contactListId the contact list id
     * @return this builder
     */
    public Builder contactListId(String contactListId) {
      this.contactListId = contactListId;
      return put("contact_list_id", contactListId);
    }

    /**
     * Adds a contact with no variables.
     *
     * @param fullName {@code full_name}
     * @param phoneNumber {@code phone_number}, digits with country code
     * @return this builder
     */
    public Builder contact(String fullName, String phoneNumber) {
      return contact(fullName, phoneNumber, Map.of());
    }

    /**
     * Adds a contact with template variables (the list's extra columns).
     *
     * @param fullName {@code full_name}
     * @param phoneNumber {@code phone_number}, digits with country code
     * @param variables other fields by name, e.g. {@code customer_name}; sent after the two above,
     *     in the map's iteration order
     * @return this builder
     */
    public Builder contact(String fullName, String phoneNumber, Map<String, ?> variables) {
      if (phoneNumber == null || phoneNumber.isBlank()) {
        throw new IllegalArgumentException("phoneNumber is required");
      }
      Map<String, Object> c = new LinkedHashMap<>();
      if (fullName != null) {
        c.put("full_name", fullName);
      }
      c.put("phone_number", phoneNumber);
      Objects.requireNonNull(variables, "variables").forEach((k, v) -> {
        if (v != null) {
          c.put(k, v);
        }
      });
      contacts.add(java.util.Collections.unmodifiableMap(c));
      return put("contacts", List.copyOf(contacts));
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code contact_list_id} is missing or no contact was added
     */
    public ContactListAddContactsParams build() {
      if (contactListId == null || contactListId.isBlank()) {
        throw new IllegalArgumentException("contactListId is required");
      }
      if (contacts.isEmpty()) {
        throw new IllegalArgumentException("at least one contact is required");
      }
      return new ContactListAddContactsParams(this);
    }
  }
}
