package dev.omnichannel.qontak.model;

/**
 * A room counter from {@code GET /rooms/specific/info}, e.g.
 * {@code {"target":"unassigned","info":{"total":2514}}}.
 *
 * @param target the counter that was read
 * @param info the counter's value
 */
public record RoomInfo(RoomInfoTarget target, Info info) {

  /**
   * The count, or null when Qontak sent none.
   *
   * @return {@code info.total}
   */
  public Long total() {
    return info == null ? null : info.total();
  }

  /**
   * The {@code info} block.
   *
   * @param total the count
   */
  public record Info(Long total) {}
}
