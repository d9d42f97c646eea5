package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * Conversations per inbox and label
 * ({@code GET /api/v2/accounts/{account_id}/reports/inbox_label_matrix}):
 * {@code matrix.get(i).get(j)} counts the conversations of {@code inboxes.get(i)} that carry
 * {@code labels.get(j)}.
 *
 * @param inboxes the inboxes (rows), ordered by name, never null
 * @param labels the labels (columns), ordered by title, never null
 * @param matrix one row of counts per inbox, one column per label, never null
 */
public record ReportInboxLabelMatrix(
    List<InboxRef> inboxes, List<LabelRef> labels, List<List<Long>> matrix) {

  /**
   * Normalises missing lists to empty ones.
   *
   * @param inboxes the inboxes (rows), ordered by name, never null
   * @param labels the labels (columns), ordered by title, never null
   * @param matrix one row of counts per inbox, one column per label, never null
   */
  public ReportInboxLabelMatrix {
    inboxes = JsonSupport.listOrEmpty(inboxes);
    labels = JsonSupport.listOrEmpty(labels);
    matrix = JsonSupport.listOrEmpty(matrix);
  }

  /**
   * The count for an inbox and a label, looked up by id.
   *
   * @param inboxId the inbox id
   * @param labelId the label id
   * @return the count, or null when the inbox or label is not in the report
   */
  public Long count(long inboxId, long labelId) {
    int row = -1;
    for (int i = 0; i < inboxes.size(); i++) {
      if (inboxes.get(i) != null && Long.valueOf(inboxId).equals(inboxes.get(i).id())) {
        row = i;
        break;
      }
    }
    int col = -1;
    for (int j = 0; j < labels.size(); j++) {
      if (labels.get(j) != null && Long.valueOf(labelId).equals(labels.get(j).id())) {
        col = j;
        break;
      }
    }
    if (row < 0 || col < 0 || row >= matrix.size()) {
      return null;
    }
    List<Long> cells = matrix.get(row);
    return cells == null || col >= cells.size() ? null : cells.get(col);
  }

  /**
   * An inbox of the matrix.
   *
   * @param id the inbox id
   * @param name the inbox name
   */
  public record InboxRef(Long id, String name) {}

  /**
   * A label of the matrix.
   *
   * @param id the label id
   * @param title the label title
   */
  public record LabelRef(Long id, String title) {}
}
