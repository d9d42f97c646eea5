/**
 * Pagination: {@link dev.omnichannel.core.paging.Page} for one page at a time,
 * {@link dev.omnichannel.core.paging.AutoPager} for walking all items lazily, and
 * {@link dev.omnichannel.core.paging.Pages} with the strategies providers use (page numbers,
 * opaque cursors, before/after ids).
 *
 * <p>Pages are immutable. Every walk is bounded: a cursor that does not advance is rejected with
 * {@link dev.omnichannel.core.InvalidResponseException} and a walk stops with
 * {@link dev.omnichannel.core.paging.PageLimitExceededException} after a maximum number of pages.
 * Exceptions thrown while fetching are passed through unchanged.
 */
package dev.omnichannel.core.paging;
