package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code POST /broadcasts/contacts}: for each number, whether it has WhatsApp
 * (WhatsApp's contacts check; known only from community integrations).
 *
 * @param contacts one entry per number sent, never null
 */
public record WhatsAppNumberCheck(List<Contact> contacts) {

  /**
   * Normalises a missing list to empty.
   *
   * @param contacts the entries
   */
  public WhatsAppNumberCheck {
    contacts = JsonSupport.listOrEmpty(contacts);
  }

  /**
   * The entry for a number as it was sent.
   *
   * @param input the number as sent
   * @return its entry, if any
   */
  public Optional<Contact> find(String input) {
    return contacts.stream().filter(c -> input != null && input.equals(c.input())).findFirst();
  }

  /**
   * One checked number.
   *
   * @param input the number as sent
   * @param status {@code valid} (has WhatsApp) or {@code invalid}
   * @param waId the WhatsApp id to send to (normalised number), when valid
   */
  public record Contact(String input, String status, @Json(name = "wa_id") String waId) {

    /**
     * Whether the number has WhatsApp.
     *
     * @return true when the status is {@code valid}
     */
    public boolean isValid() {
      return "valid".equalsIgnoreCase(status);
    }
  }
}
