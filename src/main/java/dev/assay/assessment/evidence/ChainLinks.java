package dev.assay.assessment.evidence;

import java.util.List;
import java.util.Objects;

/**
 * Checks the links of an assessment's evidence chain without reading any content: every item in its
 * place, linked to the previous item's hash, its own hash recomputing, the last one the head the
 * assessment recorded. Reports use it before building and check each included item's content hash
 * while they copy it, so content is read once instead of twice (the full {@link ChainVerifier}
 * reads every body, which on 20,000 items took most of a report's time).
 */
public final class ChainLinks {

  private static final int PAGE = 1000;

  private ChainLinks() {}

  /** {@code null} when the links hold, else what is wrong (naming the item). */
  public static String problem(
      EvidenceRepository rows, String assessmentId, long count, String head) {
    long expected = 1;
    String prev = null;
    while (true) {
      List<EvidenceRow> page = rows.range(assessmentId, expected, expected + PAGE - 1);
      for (EvidenceRow row : page) {
        EvidenceItem item = row.item();
        if (item.seq() != expected) {
          return "item " + expected + " is missing";
        }
        if (!Objects.equals(item.prevHash(), prev)) {
          return "item " + expected + " does not follow the previous item";
        }
        if (!EvidenceHasher.itemHash(item).equals(item.itemHash())) {
          return "the record of item " + expected + " was changed";
        }
        prev = item.itemHash();
        expected++;
      }
      if (page.size() < PAGE || expected > count) {
        break;
      }
    }
    if (expected - 1 < count || !Objects.equals(prev, head)) {
      return "the chain ends at item " + (expected - 1) + " but " + count + " were recorded";
    }
    return null;
  }
}
