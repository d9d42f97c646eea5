package dev.omnichannel.core.paging;

import dev.omnichannel.core.OmnichannelException;

/**
 * A walk over pages reached its maximum number of pages while the provider still reported more.
 * Guards callers against a server that never ends a listing. Raise the limit with the
 * {@code maxPages} overloads of {@link Pages}, or resume from {@link KeyedPage#nextKey()}.
 */
public class PageLimitExceededException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  /** The limit that was reached. */
  private final int maxPages;

  /**
   * Creates the exception.
   *
   * @param maxPages the limit that was reached
   */
  public PageLimitExceededException(int maxPages) {
    super("stopped after " + maxPages + " pages (the page limit) although the provider reported"
        + " more; raise maxPages if this listing is really that long");
    this.maxPages = maxPages;
  }

  /**
   * The limit that was reached.
   *
   * @return the maximum number of pages per walk
   */
  public int maxPages() {
    return maxPages;
  }
}
