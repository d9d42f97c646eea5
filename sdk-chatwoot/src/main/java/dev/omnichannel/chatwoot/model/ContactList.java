package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One page of contacts ({@code {meta, payload}}) from the contact list, search and filter
 * endpoints; 15 contacts per full page.
 *
 * @param meta the counts and page number, may be null
 * @param contacts the contacts of this page ({@code payload}), never null
 */
public record ContactList(
    ContactListMeta meta,
    @Json(name = "payload") List<Contact> contacts) {

  /**
   * Normalises an absent contact list to an empty one.
   *
   * @param meta the counts and page number, may be null
   * @param contacts the contacts of this page ({@code payload}), never null
   */
  public ContactList {
    contacts = JsonSupport.listOrEmpty(contacts);
  }
}
