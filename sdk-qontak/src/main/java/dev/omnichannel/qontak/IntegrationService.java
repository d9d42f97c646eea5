package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.ChannelIntegration;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import java.util.concurrent.CompletableFuture;

/** Channel integrations: the connected WhatsApp numbers and other channels of the organisation. */
public final class IntegrationService {

  private final ServiceContext ctx;

  IntegrationService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options (timeouts, retries, headers) for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public IntegrationService withRequestOptions(RequestOptions options) {
    return new IntegrationService(ctx.with(options));
  }

  /**
   * Lists channel integrations ({@code GET /integrations}).
   *
   * @param params filters: {@link dev.omnichannel.qontak.model.IntegrationListParams#targetChannel}, {@code all}, paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<ChannelIntegration> list(ListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Async {@link #list}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<QontakList<ChannelIntegration>> listAsync(ListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  /**
   * Every integration matching {@code params}, page after page by cursor, fetched lazily.
   *
   * @param params filters
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<ChannelIntegration> listAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listRequest);
  }

  private ApiRequest<QontakList<ChannelIntegration>> listRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<ChannelIntegration>>request("GET", "/integrations"), params)
        .decoder(ServiceContext.list(ChannelIntegration.class))
        .build();
  }

  /**
   * One integration ({@code GET /integrations/{id}}).
   *
   * @param id the channel integration id
   * @return the integration
   * @throws ApiException when Qontak answers with an error ({@code NotFoundException} for an unknown id)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public ChannelIntegration retrieve(String id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Async {@link #retrieve}.
   *
   * @param id the channel integration id
   * @return the integration
   */
  public CompletableFuture<ChannelIntegration> retrieveAsync(String id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<ChannelIntegration> retrieveRequest(String id) {
    return ctx.<ChannelIntegration>request("GET", "/integrations/{}", id)
        .decoder(ServiceContext.data(ChannelIntegration.class))
        .build();
  }
}
