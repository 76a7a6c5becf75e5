package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.fact.NotebookInstance;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merging what groups inserted folds only what every group could insert: the shared facts'. */
class FiringsMergeTest {

  @Test
  void aViolationOnASharedResourceIsKeptOnceAndOthersAsTheyCame() {
    NotebookInstance shared =
        new NotebookInstance(
            "arn:aws:sagemaker:us-east-1:unknown:notebook-instance/s",
            "unknown",
            "us-east-1",
            "s",
            true,
            false,
            null,
            null,
            null,
            null);
    Violation onShared = new Violation("r1", shared.arn(), "Shared.");
    Violation own = new Violation("r2", "arn:aws:sagemaker:us-east-1:111111111111:x/a", "Own.");
    EvidenceRequest request = new EvidenceRequest("r3", shared.arn(), "Upload it.");
    FiringsMerge merge = new FiringsMerge(List.of(shared));

    merge.add(new Firings(List.of(onShared, own, own), List.of(request), Set.of("r1", "r2", "r3")));
    merge.add(new Firings(List.of(onShared), List.of(request), Set.of("r1", "r3")));

    Firings merged = merge.firings();
    assertEquals(List.of(onShared, own, own), merged.violations());
    assertEquals(List.of(request), merged.evidenceRequests());
    assertEquals(Set.of("r1", "r2", "r3"), merged.firedRules());
  }
}
