package dev.assay.assessment.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which evidence items of an assessment to read: every item, or those of some controls, data
 * sources and collection days. Empty sets and {@code null} dates mean "no restriction".
 *
 * @param controlIds controls whose items are read
 * @param dataSources {@code manual}, a service ({@code sagemaker}: every response of that service)
 *     or an exact source ({@code sagemaker.ListNotebookInstances})
 * @param from first collection day, inclusive
 * @param to last collection day, inclusive
 * @param maxSeq read no item appended after this place in the chain (a stable view of an
 *     append-only chain while it grows), or a negative number for no limit
 */
public record EvidenceQuery(
    Set<String> controlIds, Set<String> dataSources, LocalDate from, LocalDate to, long maxSeq) {

  public EvidenceQuery {
    controlIds = controlIds == null ? Set.of() : Set.copyOf(controlIds);
    dataSources = dataSources == null ? Set.of() : Set.copyOf(dataSources);
  }

  /** The SQL condition (after {@code WHERE assessment_id = ?}) and its parameters. */
  String where(List<Object> params) {
    StringBuilder sql = new StringBuilder();
    if (!controlIds.isEmpty()) {
      sql.append(" AND control_id IN (").append(marks(controlIds.size())).append(')');
      params.addAll(controlIds);
    }
    if (!dataSources.isEmpty()) {
      List<String> terms = new ArrayList<>();
      for (String source : dataSources) {
        if (source.equalsIgnoreCase("manual")) {
          terms.add("evidence_type <> 'CONFIGURATION_DATA'");
        } else if (source.contains(".")) {
          terms.add("source = ?");
          params.add(source);
        } else {
          // A service: its responses are named service.Operation[_suffix].
          terms.add("source LIKE ?");
          params.add(source.replace("%", "").replace("_", "") + ".%");
        }
      }
      sql.append(" AND (").append(String.join(" OR ", terms)).append(')');
    }
    if (from != null) {
      sql.append(" AND collection_date >= ?");
      params.add(from);
    }
    if (to != null) {
      sql.append(" AND collection_date <= ?");
      params.add(to);
    }
    if (maxSeq >= 0) {
      sql.append(" AND seq <= ?");
      params.add(maxSeq);
    }
    return sql.toString();
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
