package dev.omnichannel.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies item lists defensively; null lists become empty, null elements are kept. */
final class Items {
  private Items() {}

  static <T> List<T> copy(List<? extends T> items) {
    if (items == null || items.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(items));
  }
}
