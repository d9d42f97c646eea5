package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PublicContact;
import dev.omnichannel.chatwoot.model.PublicContactParams;
import dev.omnichannel.chatwoot.model.PublicContactRecord;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Contacts of the client's inbox ({@code /public/api/v1/inboxes/{inbox_identifier}/contacts}).
 * A contact is addressed by its {@code contact_identifier}, the {@link PublicContact#sourceId()}
 * returned on create; treat it as a secret.
 *
 * <p>When the inbox enforces identity validation, a missing or wrong {@code identifier_hash} makes
 * Chatwoot raise an unrescued error, so the answer is HTTP 500 (a
 * {@link dev.omnichannel.core.ServerException}), not 401; see {@link IdentifierHash}.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPublicClient}; thread-safe.
 */
public final class PublicContactService {

  private final PublicServiceContext ctx;

  PublicContactService(PublicServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the service view
   */
  public PublicContactService withRequestOptions(RequestOptions options) {
    return new PublicContactService(ctx.with(options));
  }

  /**
   * Creates a contact in the inbox (a new {@code source_id} is generated for it).
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts} (create-a-contact).
   *
   * @param params the contact's fields
   * @return the contact with its {@code source_id} and {@code pubsub_token}
   * @throws ApiException when Chatwoot answers with an error status (500 for a bad
   *     {@code identifier_hash})
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicContact create(PublicContactParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a contact in the inbox.
   *
   * <p>Endpoint: {@code POST /public/api/v1/inboxes/{inbox_identifier}/contacts} (create-a-contact).
   *
   * @param params the contact's fields
   * @return a future completed with the contact, or with the exceptions {@link #create} throws
   */
  public CompletableFuture<PublicContact> createAsync(PublicContactParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<PublicContact> createRequest(PublicContactParams params) {
    return ApiRequest.<PublicContact>builder("POST", PublicServiceContext.INBOX + "/contacts", ctx.inboxIdentifier)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(PublicContact.class)
        .build();
  }

  /**
   * Fetches a contact.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}}
   * (get-details-of-a-contact).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @return the contact
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status (404 for an unknown contact)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicContact retrieve(String contactIdentifier) {
    return ctx.execute(retrieveRequest(contactIdentifier));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches a contact.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}}
   * (get-details-of-a-contact).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @return a future completed with the contact, or with the exceptions {@link #retrieve} throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicContact> retrieveAsync(String contactIdentifier) {
    return ctx.executeAsync(retrieveRequest(contactIdentifier));
  }

  private ApiRequest<PublicContact> retrieveRequest(String contactIdentifier) {
    return ApiRequest.<PublicContact>builder("GET", PublicServiceContext.CONTACT,
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier))
        .responseType(PublicContact.class)
        .build();
  }

  /**
   * Updates a contact (name, e-mail, phone, avatar URL, custom attributes; with
   * {@code identifier} and {@code identifier_hash} to verify it). Chatwoot answers with the full
   * contact row, not the {@code public_contact} shape.
   *
   * <p>Endpoint: {@code PATCH /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}}
   * (update-a-contact).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param params the fields to change
   * @return the updated contact
   * @throws IllegalArgumentException when the contact identifier is null or blank
   * @throws ApiException when Chatwoot answers with an error status (500 for a bad
   *     {@code identifier_hash})
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicContactRecord update(String contactIdentifier, PublicContactParams params) {
    return ctx.execute(updateRequest(contactIdentifier, params));
  }

  /**
   * Asynchronous {@link #update}: updates a contact.
   *
   * <p>Endpoint: {@code PATCH /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}}
   * (update-a-contact).
   *
   * @param contactIdentifier the contact's {@code source_id}
   * @param params the fields to change
   * @return a future completed with the updated contact, or with the exceptions {@link #update}
   *     throws
   * @throws IllegalArgumentException when the contact identifier is null or blank
   */
  public CompletableFuture<PublicContactRecord> updateAsync(String contactIdentifier, PublicContactParams params) {
    return ctx.executeAsync(updateRequest(contactIdentifier, params));
  }

  private ApiRequest<PublicContactRecord> updateRequest(String contactIdentifier, PublicContactParams params) {
    return ApiRequest.<PublicContactRecord>builder("PATCH", PublicServiceContext.CONTACT,
            ctx.inboxIdentifier, PublicServiceContext.contact(contactIdentifier))
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(PublicContactRecord.class)
        .build();
  }
}
