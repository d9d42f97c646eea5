package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.Broadcast;
import dev.omnichannel.qontak.model.BroadcastBulkParams;
import dev.omnichannel.qontak.model.BroadcastDirectParams;
import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.WhatsAppNumberCheck;
import dev.omnichannel.qontak.model.WhatsAppNumberCheckParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * WhatsApp broadcasts: approved templates sent outside the 24-hour session window, to one number
 * ({@link #sendDirect}) or to a contact list ({@link #sendBulk}), their list, detail and
 * per-recipient delivery log, and the WhatsApp number check.
 *
 * <p>Rate limits: direct sends are limited to 60 per minute (429, retried after
 * {@code x-ratelimit-reset}); a bulk send too soon after another answers 422
 * {@code Please wait a moment to send a new broadcast message.}, which the SDK treats as 429:
 * retried with backoff, finally a {@code RateLimitException}.
 */
public final class BroadcastService {

  private final ServiceContext ctx;

  BroadcastService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options (timeouts, retries, headers) for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public BroadcastService withRequestOptions(RequestOptions options) {
    return new BroadcastService(ctx.with(options));
  }

  /**
   * Sends one template to one WhatsApp number ({@code POST /broadcasts/whatsapp/direct}, 201).
   *
   * @param params recipient, template, channel, language and parameters
   * @return the created broadcast
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException}
   *     for invalid fields, {@code RateLimitException} after 60 sends a minute)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Broadcast sendDirect(BroadcastDirectParams params) {
    return ctx.execute(sendDirectRequest(params));
  }

  /**
   * Async {@link #sendDirect}.
   *
   * @param params recipient, template, channel, language and parameters
   * @return the created broadcast
   */
  public CompletableFuture<Broadcast> sendDirectAsync(BroadcastDirectParams params) {
    return ctx.executeAsync(sendDirectRequest(params));
  }

  private ApiRequest<Broadcast> sendDirectRequest(BroadcastDirectParams params) {
    return ctx.<Broadcast>request("POST", "/broadcasts/whatsapp/direct")
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Broadcast.class))
        .build();
  }

  /**
   * Sends one template to every contact of a contact list ({@code POST /broadcasts/whatsapp}).
   * The endpoint is named in Qontak's docs; its request body is known only from community
   * integrations. A 422 {@code Please wait a moment...} is retried like a 429.
   *
   * @param params name, template, contact list, channel and column-bound parameters
   * @return the created broadcast
   * @throws ApiException when Qontak answers with an error ({@code RateLimitException} when
   *     Qontak keeps asking to wait)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Broadcast sendBulk(BroadcastBulkParams params) {
    return ctx.execute(sendBulkRequest(params));
  }

  /**
   * Async {@link #sendBulk}.
   *
   * @param params name, template, contact list, channel and parameters
   * @return the created broadcast
   */
  public CompletableFuture<Broadcast> sendBulkAsync(BroadcastBulkParams params) {
    return ctx.executeAsync(sendBulkRequest(params));
  }

  private ApiRequest<Broadcast> sendBulkRequest(BroadcastBulkParams params) {
    return ctx.<Broadcast>request("POST", "/broadcasts/whatsapp")
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(Broadcast.class))
        .build();
  }

  /**
   * Lists WhatsApp broadcasts ({@code GET /broadcasts/whatsapp}).
   *
   * @param params filters ({@link dev.omnichannel.qontak.model.BroadcastListParams}) and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<Broadcast> list(ListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Async {@link #list}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<QontakList<Broadcast>> listAsync(ListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  /**
   * Every broadcast matching {@code params}, page after page by cursor, fetched lazily.
   *
   * @param params filters
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<Broadcast> listAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listRequest);
  }

  private ApiRequest<QontakList<Broadcast>> listRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<Broadcast>>request("GET", "/broadcasts/whatsapp"), params)
        .decoder(ServiceContext.list(Broadcast.class))
        .build();
  }

  /**
   * One broadcast with its delivery counts ({@code GET /broadcasts/{id}/whatsapp}).
   *
   * @param id the broadcast id
   * @return the broadcast, including {@code contact_list_name}
   * @throws ApiException when Qontak answers with an error ({@code NotFoundException} for an unknown id)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Broadcast retrieve(String id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Async {@link #retrieve}.
   *
   * @param id the broadcast id
   * @return the broadcast
   */
  public CompletableFuture<Broadcast> retrieveAsync(String id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<Broadcast> retrieveRequest(String id) {
    return ctx.<Broadcast>request("GET", "/broadcasts/{}/whatsapp", id)
        .decoder(ServiceContext.data(Broadcast.class))
        .build();
  }

  /**
   * The per-recipient delivery log of a broadcast ({@code GET /broadcasts/{id}/whatsapp/log}).
   *
   * @param id the broadcast id
   * @param params paging ({@link dev.omnichannel.qontak.model.BroadcastLogListParams})
   * @return one page of log entries with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<BroadcastLog> log(String id, ListParams params) {
    return ctx.execute(logRequest(id, params));
  }

  /**
   * Async {@link #log}.
   *
   * @param id the broadcast id
   * @param params paging
   * @return the page
   */
  public CompletableFuture<QontakList<BroadcastLog>> logAsync(String id, ListParams params) {
    return ctx.executeAsync(logRequest(id, params));
  }

  /**
   * Every log entry of a broadcast, page after page by cursor, fetched lazily.
   *
   * @param id the broadcast id
   * @param params page size and ordering
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<BroadcastLog> logAutoPaging(String id, ListParams params) {
    return ctx.autoPage(params, p -> logRequest(id, p));
  }

  private ApiRequest<QontakList<BroadcastLog>> logRequest(String id, ListParams params) {
    return ServiceContext.query(
            ctx.<QontakList<BroadcastLog>>request("GET", "/broadcasts/{}/whatsapp/log", id), params)
        .decoder(ServiceContext.list(BroadcastLog.class))
        .build();
  }

  /**
   * Checks which numbers have WhatsApp ({@code POST /broadcasts/contacts}). Known only from
   * community integrations; not in Qontak's docs.
   *
   * @param params the checking integration and the numbers
   * @return one entry per number
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public WhatsAppNumberCheck checkNumbers(WhatsAppNumberCheckParams params) {
    return ctx.execute(checkNumbersRequest(params));
  }

  /**
   * {@link #checkNumbers(WhatsAppNumberCheckParams)} for one integration and some numbers. Known
   * only from community integrations; not in Qontak's docs.
   *
   * @param channelIntegrationId the WhatsApp integration that checks
   * @param phoneNumbers the numbers, international format
   * @return one entry per number
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public WhatsAppNumberCheck checkNumbers(String channelIntegrationId, List<String> phoneNumbers) {
    return checkNumbers(WhatsAppNumberCheckParams.of(channelIntegrationId, phoneNumbers));
  }

  /**
   * Async {@link #checkNumbers(WhatsAppNumberCheckParams)}.
   *
   * @param params the checking integration and the numbers
   * @return one entry per number
   */
  public CompletableFuture<WhatsAppNumberCheck> checkNumbersAsync(WhatsAppNumberCheckParams params) {
    return ctx.executeAsync(checkNumbersRequest(params));
  }

  private ApiRequest<WhatsAppNumberCheck> checkNumbersRequest(WhatsAppNumberCheckParams params) {
    return ctx.<WhatsAppNumberCheck>request("POST", "/broadcasts/contacts")
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(WhatsAppNumberCheck.class))
        .build();
  }
}
