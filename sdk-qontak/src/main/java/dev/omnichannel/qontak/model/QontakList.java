package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * One page of a Qontak list: {@code {"status":"success","data":[...],"meta":{"pagination":{...}}}}.
 *
 * @param status {@code success}
 * @param items the page's items ({@code data}), never null
 * @param meta the pagination block, or null when the endpoint does not page
 * @param <T> the item type
 */
public record QontakList<T>(String status, @Json(name = "data") List<T> items, Meta meta) {

  /**
   * Normalises a missing list to empty.
   *
   * @param status {@code success}
   * @param items the items
   * @param meta the meta block
   */
  public QontakList {
    items = JsonSupport.listOrEmpty(items);
  }

  /**
   * The pagination block, or null when the endpoint does not page.
   *
   * @return the pagination
   */
  public Pagination pagination() {
    return meta == null ? null : meta.pagination();
  }

  /**
   * {@code meta} of a list answer.
   *
   * @param pagination the pagination block
   */
  public record Meta(Pagination pagination) {}
}
