package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Contact;
import dev.omnichannel.chatwoot.model.ContactCreateParams;
import dev.omnichannel.chatwoot.model.ContactCreateResult;
import dev.omnichannel.chatwoot.model.ContactFilterParams;
import dev.omnichannel.chatwoot.model.ContactInboxCreateParams;
import dev.omnichannel.chatwoot.model.ContactList;
import dev.omnichannel.chatwoot.model.ContactListMeta;
import dev.omnichannel.chatwoot.model.ContactSort;
import dev.omnichannel.chatwoot.model.ContactUpdateParams;
import dev.omnichannel.chatwoot.model.ContactableInbox;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.core.paging.PageResult;
import dev.omnichannel.core.paging.Pages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The account's contacts and contact labels ({@code /api/v1/accounts/{account_id}/contacts},
 * {@code …/actions/contact_merge}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. List, search and filter return one page ({@value #PAGE_SIZE} contacts) with
 * its {@code meta}; their {@code ...AutoPaging} variants return a {@link Page} that walks the
 * following pages on demand. Obtain it from {@link ChatwootClient#contacts()}; thread-safe.
 */
public final class ContactService {

  /** How many contacts the server puts on a full page of list, search and filter: 15. */
  public static final int PAGE_SIZE = 15;

  private final ServiceContext ctx;

  ContactService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options (timeouts, retries, extra headers) for every call it makes.
   *
   * @param options the options
   * @return a service using them
   */
  public ContactService withRequestOptions(RequestOptions options) {
    return new ContactService(ctx.with(options));
  }

  /**
   * Lists one page of the account's resolved contacts (those with an identifier, e-mail or phone
   * number), {@value #PAGE_SIZE} per page. The {@code meta} has the total count; walk all pages
   * with {@link #listAutoPaging}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts} (contactList).
   *
   * @param sort the order, or null for the server's default (name)
   * @param page the page number, from 1; null for the first
   * @return the page and its meta
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ContactList list(ContactSort sort, Integer page) {
    return ctx.execute(listRequest(sort, page));
  }

  /**
   * Asynchronous {@link #list}: lists one page of the account's resolved contacts (those with an
   * identifier, e-mail or phone number), {@value #PAGE_SIZE} per page. The {@code meta} has the
   * total count; walk all pages with {@link #listAutoPaging}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts} (contactList).
   *
   * @param sort the order, or null for the server's default (name)
   * @param page the page number, from 1; null for the first
   * @return a future completed with the page and its meta, or with the exceptions {@link #list}
   *     throws
   */
  public CompletableFuture<ContactList> listAsync(ContactSort sort, Integer page) {
    return ctx.executeAsync(listRequest(sort, page));
  }

  private ApiRequest<ContactList> listRequest(ContactSort sort, Integer page) {
    return ApiRequest.<ContactList>builder("GET", ServiceContext.ACCOUNT + "/contacts", ctx.accountId)
        .query("sort", sortValue(sort))
        .query("page", page)
        .responseType(ContactList.class)
        .build();
  }

  /**
   * Creates a contact in an inbox. The answer holds the contact and its {@code source_id} in the
   * inbox (use it to create a conversation).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts} (contactCreate).
   *
   * @param params the contact's fields; {@code inbox_id} is required
   * @return the contact and its contact inbox ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status (422 when the e-mail, phone
   *     number or identifier is taken); 401 also means the token's role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ContactCreateResult create(ContactCreateParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a contact in an inbox. The answer holds the contact and
   * its {@code source_id} in the inbox (use it to create a conversation).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts} (contactCreate).
   *
   * @param params the contact's fields; {@code inbox_id} is required
   * @return a future completed with the contact and its contact inbox ({@code payload}), or with
   *     the exceptions {@link #create} throws
   */
  public CompletableFuture<ContactCreateResult> createAsync(ContactCreateParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<ContactCreateResult> createRequest(ContactCreateParams params) {
    return ApiRequest.<ContactCreateResult>builder("POST", ServiceContext.ACCOUNT + "/contacts", ctx.accountId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .decoder(ServiceContext.under(ContactCreateResult.class, "payload"))
        .build();
  }

  /**
   * Fetches one contact, with its contact inboxes.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}} (contactDetails).
   *
   * @param id the contact id
   * @return the contact ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status (404 when there is no such
   *     contact); 401 also means the token's role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Contact retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one contact, with its contact inboxes.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}} (contactDetails).
   *
   * @param id the contact id
   * @return a future completed with the contact ({@code payload}), or with the exceptions {@link
   *     #retrieve} throws
   */
  public CompletableFuture<Contact> retrieveAsync(long id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<Contact> retrieveRequest(long id) {
    return ApiRequest.<Contact>builder("GET", ServiceContext.ACCOUNT + "/contacts/{}", ctx.accountId, id)
        .decoder(ServiceContext.under(Contact.class, "payload"))
        .build();
  }

  /**
   * Updates a contact. The spec documents 204 with a bare contact; the server answers 200 with
   * {@code {payload: contact}}, which this method reads.
   *
   * <p>Endpoint: {@code PUT /api/v1/accounts/{account_id}/contacts/{id}} (contactUpdate).
   *
   * @param id the contact id
   * @param params the fields to change
   * @return the updated contact ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status (422 when the e-mail, phone
   *     number or identifier is taken); 401 also means the token's role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Contact update(long id, ContactUpdateParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates a contact. The spec documents 204 with a bare contact;
   * the server answers 200 with {@code {payload: contact}}, which this method reads.
   *
   * <p>Endpoint: {@code PUT /api/v1/accounts/{account_id}/contacts/{id}} (contactUpdate).
   *
   * @param id the contact id
   * @param params the fields to change
   * @return a future completed with the updated contact ({@code payload}), or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Contact> updateAsync(long id, ContactUpdateParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<Contact> updateRequest(long id, ContactUpdateParams params) {
    return ApiRequest.<Contact>builder("PUT", ServiceContext.ACCOUNT + "/contacts/{}", ctx.accountId, id)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .decoder(ServiceContext.under(Contact.class, "payload"))
        .build();
  }

  /**
   * Deletes a contact and its conversations.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/contacts/{id}} (contactDelete).
   *
   * @param id the contact id
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes a contact and its conversations.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/contacts/{id}} (contactDelete).
   *
   * @param id the contact id
   * @return a future completed with null, or with the exceptions {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long id) {
    return ctx.executeAsync(deleteRequest(id));
  }

  private ApiRequest<Void> deleteRequest(long id) {
    return ApiRequest.<Void>builder("DELETE", ServiceContext.ACCOUNT + "/contacts/{}", ctx.accountId, id)
        .decoder(ResponseDecoder.discard())
        .build();
  }

  /**
   * Lists the contact's conversations the token's user may see (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/conversations} (contactConversations).
   *
   * @param id the contact id
   * @return the conversations ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Conversation> conversations(long id) {
    return ctx.execute(conversationsRequest(id));
  }

  /**
   * Asynchronous {@link #conversations}: lists the contact's conversations the token's user may see
   * (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/conversations} (contactConversations).
   *
   * @param id the contact id
   * @return a future completed with the conversations ({@code payload}), or with the exceptions
   *     {@link #conversations} throws
   */
  public CompletableFuture<List<Conversation>> conversationsAsync(long id) {
    return ctx.executeAsync(conversationsRequest(id));
  }

  private ApiRequest<List<Conversation>> conversationsRequest(long id) {
    return ApiRequest.<List<Conversation>>builder("GET", ServiceContext.ACCOUNT + "/contacts/{}/conversations", ctx.accountId, id)
        .decoder(ServiceContext.under(ServiceContext.listOf(Conversation.class), "payload"))
        .build();
  }

  /**
   * Searches the account's resolved contacts, {@value #PAGE_SIZE} per page; {@code meta.has_more}
   * tells whether more pages follow. Walk all pages with {@link #searchAutoPaging}. Rate-limited by
   * the server (default 100 per minute per account).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/search} (contactSearch).
   *
   * @param q the text searched in name, identifier, e-mail and phone number
   * @param sort the order, or null for the server's default
   * @param page the page number, from 1; null for the first
   * @return the page and its meta
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ContactList search(String q, ContactSort sort, Integer page) {
    return ctx.execute(searchRequest(q, sort, page));
  }

  /**
   * Asynchronous {@link #search}: searches the account's resolved contacts, {@value #PAGE_SIZE} per
   * page; {@code meta.has_more} tells whether more pages follow. Walk all pages with {@link
   * #searchAutoPaging}. Rate-limited by the server (default 100 per minute per account).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/search} (contactSearch).
   *
   * @param q the text searched in name, identifier, e-mail and phone number
   * @param sort the order, or null for the server's default
   * @param page the page number, from 1; null for the first
   * @return a future completed with the page and its meta, or with the exceptions {@link #search}
   *     throws
   */
  public CompletableFuture<ContactList> searchAsync(String q, ContactSort sort, Integer page) {
    return ctx.executeAsync(searchRequest(q, sort, page));
  }

  private ApiRequest<ContactList> searchRequest(String q, ContactSort sort, Integer page) {
    return ApiRequest.<ContactList>builder("GET", ServiceContext.ACCOUNT + "/contacts/search", ctx.accountId)
        .query("q", Objects.requireNonNull(q, "q"))
        .query("sort", sortValue(sort))
        .query("page", page)
        .responseType(ContactList.class)
        .build();
  }

  /**
   * Filters the account's contacts by conditions, {@value #PAGE_SIZE} per page. Walk all pages with
   * {@link #filterAutoPaging}.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/filter} (contactFilter).
   *
   * @param params the conditions
   * @param page the page number, from 1; null for the first
   * @return the page and its meta
   * @throws ApiException when Chatwoot answers with an error status (400 or 422 for an unknown
   *     attribute or operator); 401 also means the token's role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ContactList filter(ContactFilterParams params, Integer page) {
    return ctx.execute(filterRequest(params, page));
  }

  /**
   * Asynchronous {@link #filter}: filters the account's contacts by conditions, {@value #PAGE_SIZE}
   * per page. Walk all pages with {@link #filterAutoPaging}.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/filter} (contactFilter).
   *
   * @param params the conditions
   * @param page the page number, from 1; null for the first
   * @return a future completed with the page and its meta, or with the exceptions {@link #filter}
   *     throws
   */
  public CompletableFuture<ContactList> filterAsync(ContactFilterParams params, Integer page) {
    return ctx.executeAsync(filterRequest(params, page));
  }

  private ApiRequest<ContactList> filterRequest(ContactFilterParams params, Integer page) {
    return ApiRequest.<ContactList>builder("POST", ServiceContext.ACCOUNT + "/contacts/filter", ctx.accountId)
        .query("page", page)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(ContactList.class)
        .build();
  }

  /**
   * Links a contact to an inbox (creates a contact inbox), so conversations can be started there.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes} (contactInboxCreation).
   *
   * @param id the contact id
   * @param params the inbox and optional source id
   * @return the contact's source id and the inbox
   * @throws ApiException when Chatwoot answers with an error status (422 when the inbox or source
   *     id is invalid); 401 also means the token's role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public ContactableInbox createContactInbox(long id, ContactInboxCreateParams params) {
    return ctx.execute(createContactInboxRequest(id, params));
  }

  /**
   * Asynchronous {@link #createContactInbox}: links a contact to an inbox (creates a contact
   * inbox), so conversations can be started there.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes} (contactInboxCreation).
   *
   * @param id the contact id
   * @param params the inbox and optional source id
   * @return a future completed with the contact's source id and the inbox, or with the exceptions
   *     {@link #createContactInbox} throws
   */
  public CompletableFuture<ContactableInbox> createContactInboxAsync(long id, ContactInboxCreateParams params) {
    return ctx.executeAsync(createContactInboxRequest(id, params));
  }

  private ApiRequest<ContactableInbox> createContactInboxRequest(long id, ContactInboxCreateParams params) {
    return ApiRequest.<ContactableInbox>builder("POST", ServiceContext.ACCOUNT + "/contacts/{}/contact_inboxes", ctx.accountId, id)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(ContactableInbox.class)
        .build();
  }

  /**
   * Lists the inboxes a contact can be messaged through, with the contact's source id in each.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes} (contactableInboxesGet).
   *
   * @param id the contact id
   * @return the inboxes ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<ContactableInbox> contactableInboxes(long id) {
    return ctx.execute(contactableInboxesRequest(id));
  }

  /**
   * Asynchronous {@link #contactableInboxes}: lists the inboxes a contact can be messaged through,
   * with the contact's source id in each.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes} (contactableInboxesGet).
   *
   * @param id the contact id
   * @return a future completed with the inboxes ({@code payload}), or with the exceptions {@link
   *     #contactableInboxes} throws
   */
  public CompletableFuture<List<ContactableInbox>> contactableInboxesAsync(long id) {
    return ctx.executeAsync(contactableInboxesRequest(id));
  }

  private ApiRequest<List<ContactableInbox>> contactableInboxesRequest(long id) {
    return ApiRequest.<List<ContactableInbox>>builder("GET", ServiceContext.ACCOUNT + "/contacts/{}/contactable_inboxes", ctx.accountId, id)
        .decoder(ServiceContext.under(ServiceContext.listOf(ContactableInbox.class), "payload"))
        .build();
  }

  /**
   * Merges two contacts: the base contact receives the conversations, labels and attributes of the
   * mergee, which is deleted. Irreversible.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/actions/contact_merge} (contactMerge).
   *
   * @param baseContactId the contact that remains and receives the data
   * @param mergeeContactId the contact merged into the base one and then deleted
   * @return the base contact after the merge (bare object)
   * @throws ApiException when Chatwoot answers with an error status (404 when either contact does
   *     not exist); 401 also means the token's role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Contact merge(long baseContactId, long mergeeContactId) {
    return ctx.execute(mergeRequest(baseContactId, mergeeContactId));
  }

  /**
   * Asynchronous {@link #merge}: merges two contacts: the base contact receives the conversations,
   * labels and attributes of the mergee, which is deleted. Irreversible.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/actions/contact_merge} (contactMerge).
   *
   * @param baseContactId the contact that remains and receives the data
   * @param mergeeContactId the contact merged into the base one and then deleted
   * @return a future completed with the base contact after the merge (bare object), or with the
   *     exceptions {@link #merge} throws
   */
  public CompletableFuture<Contact> mergeAsync(long baseContactId, long mergeeContactId) {
    return ctx.executeAsync(mergeRequest(baseContactId, mergeeContactId));
  }

  private ApiRequest<Contact> mergeRequest(long baseContactId, long mergeeContactId) {
    return ApiRequest.<Contact>builder("POST", ServiceContext.ACCOUNT + "/actions/contact_merge", ctx.accountId)
        .jsonBody(mergeBody(baseContactId, mergeeContactId))
        .responseType(Contact.class)
        .build();
  }

  /**
   * Lists the titles of the labels on a contact.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/labels} (list-all-labels-of-a-contact).
   *
   * @param id the contact id
   * @return the label titles ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<String> listLabels(long id) {
    return ctx.execute(listLabelsRequest(id));
  }

  /**
   * Asynchronous {@link #listLabels}: lists the titles of the labels on a contact.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/labels} (list-all-labels-of-a-contact).
   *
   * @param id the contact id
   * @return a future completed with the label titles ({@code payload}), or with the exceptions
   *     {@link #listLabels} throws
   */
  public CompletableFuture<List<String>> listLabelsAsync(long id) {
    return ctx.executeAsync(listLabelsRequest(id));
  }

  private ApiRequest<List<String>> listLabelsRequest(long id) {
    return ApiRequest.<List<String>>builder("GET", ServiceContext.ACCOUNT + "/contacts/{}/labels", ctx.accountId, id)
        .decoder(ServiceContext.under(ServiceContext.listOf(String.class), "payload"))
        .build();
  }

  /**
   * Sets the labels of a contact. Despite the name this overwrites the contact's label list.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/{id}/labels} (contact-add-labels).
   *
   * @param id the contact id
   * @param labels the label titles; they <b>replace</b> the contact's labels (an empty list removes
   *     all)
   * @return the contact's label titles afterwards ({@code payload})
   * @throws ApiException when Chatwoot answers with an error status; 401 also means the token's
   *     role may not do this
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<String> addLabels(long id, List<String> labels) {
    return ctx.execute(addLabelsRequest(id, labels));
  }

  /**
   * Asynchronous {@link #addLabels}: sets the labels of a contact. Despite the name this overwrites
   * the contact's label list.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/{id}/labels} (contact-add-labels).
   *
   * @param id the contact id
   * @param labels the label titles; they <b>replace</b> the contact's labels (an empty list removes
   *     all)
   * @return a future completed with the contact's label titles afterwards ({@code payload}), or
   *     with the exceptions {@link #addLabels} throws
   */
  public CompletableFuture<List<String>> addLabelsAsync(long id, List<String> labels) {
    return ctx.executeAsync(addLabelsRequest(id, labels));
  }

  private ApiRequest<List<String>> addLabelsRequest(long id, List<String> labels) {
    return ApiRequest.<List<String>>builder("POST", ServiceContext.ACCOUNT + "/contacts/{}/labels", ctx.accountId, id)
        .jsonBody(Map.of("labels", List.copyOf(Objects.requireNonNull(labels, "labels"))))
        .decoder(ServiceContext.under(ServiceContext.listOf(String.class), "payload"))
        .build();
  }

  /**
   * All resolved contacts, page by page: fetches page 1 now and each next page when the walk
   * reaches it. A page with fewer than {@value #PAGE_SIZE} contacts is the last one (a total that
   * is a multiple of 15 costs one extra, empty request).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts} (contactList).
   *
   * @param sort the order, or null for the server's default (name)
   * @return the first page; use {@link Page#autoPager()} or {@link Page#stream()} to walk all
   * @throws ApiException when Chatwoot answers with an error status (also while walking)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Contact> listAutoPaging(ContactSort sort) {
    return Pages.pageNumbers(1, PAGE_SIZE, page -> list(sort, page).contacts());
  }

  /**
   * All contacts matching a search, page by page: the walk ends when {@code meta.has_more} is
   * false (or, when absent, on a page with fewer than {@value #PAGE_SIZE} contacts).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/contacts/search} (contactSearch).
   *
   * @param q the text searched in name, identifier, e-mail and phone number
   * @param sort the order, or null for the server's default
   * @return the first page; use {@link Page#autoPager()} or {@link Page#stream()} to walk all
   * @throws ApiException when Chatwoot answers with an error status (also while walking)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Contact> searchAutoPaging(String q, ContactSort sort) {
    Objects.requireNonNull(q, "q");
    return Pages.pageResults(1, PAGE_SIZE, page -> {
      ContactList result = search(q, sort, page);
      ContactListMeta meta = result.meta();
      return new PageResult<>(result.contacts(), meta == null ? null : meta.hasMore());
    });
  }

  /**
   * All contacts matching a filter, page by page. A page with fewer than {@value #PAGE_SIZE}
   * contacts is the last one.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/contacts/filter} (contactFilter).
   *
   * @param params the conditions
   * @return the first page; use {@link Page#autoPager()} or {@link Page#stream()} to walk all
   * @throws ApiException when Chatwoot answers with an error status (also while walking)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Page<Contact> filterAutoPaging(ContactFilterParams params) {
    Objects.requireNonNull(params, "params");
    return Pages.pageNumbers(1, PAGE_SIZE, page -> filter(params, page).contacts());
  }

  private static String sortValue(ContactSort sort) {
    return sort == null ? null : sort.value();
  }

  private static Map<String, Object> mergeBody(long baseContactId, long mergeeContactId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("base_contact_id", baseContactId);
    body.put("mergee_contact_id", mergeeContactId);
    return body;
  }
}
