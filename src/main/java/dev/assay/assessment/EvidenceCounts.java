package dev.assay.assessment;

import dev.assay.assessment.evidence.EvidenceRepository;
import java.util.HashMap;
import java.util.Map;

/**
 * An assessment's evidence items counted by run and control: what a delegate's counts are made of,
 * since the chain's length and a run's {@code evidenceAdded} count every control set's items.
 */
final class EvidenceCounts {

  /** Items by run ID ("" for items no run collected, such as uploads), then by control. */
  private final Map<String, Map<String, Long>> byRun;

  private EvidenceCounts(Map<String, Map<String, Long>> byRun) {
    this.byRun = byRun;
  }

  static EvidenceCounts of(EvidenceRepository evidence, String assessmentId) {
    Map<String, Map<String, Long>> byRun = new HashMap<>();
    for (EvidenceRepository.RunControlCount n : evidence.countsByRunAndControl(assessmentId)) {
      byRun
          .computeIfAbsent(n.runId() == null ? "" : n.runId(), k -> new HashMap<>())
          .put(n.controlId(), n.items());
    }
    return new EvidenceCounts(byRun);
  }

  /** Every item of the controls {@code scope} reads. */
  long inScope(ReadScope scope) {
    return byRun.values().stream().mapToLong(m -> sum(m, scope)).sum();
  }

  /** The items {@code runId} added for the controls {@code scope} reads. */
  long inScope(String runId, ReadScope scope) {
    return sum(byRun.getOrDefault(runId, Map.of()), scope);
  }

  private static long sum(Map<String, Long> byControl, ReadScope scope) {
    return byControl.entrySet().stream()
        .filter(e -> scope.seesControl(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
