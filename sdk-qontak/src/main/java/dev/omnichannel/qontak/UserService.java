package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.User;
import java.util.concurrent.CompletableFuture;

/** The organisation's agents and supervisors. */
public final class UserService {

  private final ServiceContext ctx;

  UserService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public UserService withRequestOptions(RequestOptions options) {
    return new UserService(ctx.with(options));
  }

  /**
   * Lists users ({@code GET /users}).
   *
   * @param params filters ({@link dev.omnichannel.qontak.model.UserListParams}) and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<User> list(ListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Async {@link #list}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<QontakList<User>> listAsync(ListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  /**
   * Every user matching {@code params}, page after page, fetched lazily.
   *
   * @param params filters
   * @return the first page
   * @throws ApiException when Qontak answers with an error
   */
  public Page<User> listAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listRequest);
  }

  private ApiRequest<QontakList<User>> listRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<User>>request("GET", "/users"), params)
        .decoder(ServiceContext.list(User.class))
        .build();
  }
}
