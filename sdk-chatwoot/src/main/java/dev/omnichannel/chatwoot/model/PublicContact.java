package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * A contact as the Client API returns it on create and retrieve ({@code public_contact}).
 * {@link #sourceId()} is the {@code contact_identifier} of every later contact-scoped call and
 * {@link #pubsubToken()} opens the contact's websocket; both act as secrets, so
 * {@link #toString()} leaves them out.
 *
 * @param id the contact id
 * @param sourceId the contact's identifier in this inbox ({@code contact_identifier})
 * @param name the name, may be null
 * @param email the e-mail address, may be null
 * @param phoneNumber the phone number, may be null
 * @param pubsubToken the websocket (ActionCable) token of this contact
 */
public record PublicContact(
    Long id,
    @Json(name = "source_id") String sourceId,
    String name,
    String email,
    @Json(name = "phone_number") String phoneNumber,
    @Json(name = "pubsub_token") String pubsubToken) {

  /**
   * Describes the contact without its source id and pubsub token.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "PublicContact[id=" + id + ", name=" + name + "]";
  }
}
