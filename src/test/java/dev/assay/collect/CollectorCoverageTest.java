package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.snapshot.Normalization;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Collectors and normalizers agree on operation names: every operation a normalizer reads is
 * collected, so a new rule cannot add a read that {@code collect} silently leaves out.
 */
class CollectorCoverageTest {

  private static Set<String> collected() {
    Set<String> collected = new TreeSet<>();
    Collectors.standard().forEach(c -> collected.addAll(c.operations()));
    return collected;
  }

  @Test
  void everyCollectedOperationIsReadBySomeNormalizer() {
    Set<String> unread = new TreeSet<>(collected());
    unread.removeAll(Normalization.standard().knownOperations());
    assertEquals(Set.of(), unread, "collected but skipped by the reader");
  }

  @Test
  void everyOperationTheNormalizersReadIsCollected() {
    Set<String> uncollected = new TreeSet<>(Normalization.standard().knownOperations());
    uncollected.removeAll(collected());
    assertEquals(
        Set.of(),
        uncollected,
        "read by a normalizer but no collector writes it (add it to a collector's operations()"
            + " and collect())");
  }

  @Test
  void entryOperationsAreOperationsOfTheirCollector() {
    for (ServiceCollector c : Collectors.standard()) {
      assertTrue(c.operations().containsAll(c.entryOperations()), c.name());
    }
  }

  @Test
  void serviceNamesAreUnique() {
    Set<String> names = new HashSet<>();
    for (ServiceCollector c : Collectors.standard()) {
      assertTrue(names.add(c.name()), c.name());
    }
  }
}
