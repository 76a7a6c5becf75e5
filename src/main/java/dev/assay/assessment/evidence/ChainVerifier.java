package dev.assay.assessment.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Verifies an assessment's evidence chain, page by page, naming the first item that fails. */
final class ChainVerifier {

  private final BlobStore blobs;
  private final EvidenceRepository rows;

  ChainVerifier(BlobStore blobs, EvidenceRepository rows) {
    this.blobs = blobs;
    this.rows = rows;
  }

  /**
   * Walks the chain from its first item: each must be in its place, its content must hash to what
   * it says, it must link to the previous item's hash and its own hash must recompute; the last
   * must be the head the assessment recorded (so dropping items at the end shows too).
   */
  Verification verify(String assessmentId, long count, String head) {
    final int page = 500;
    // Content purged under the retention policy: its hash stays in the item, the bytes are gone.
    Set<String> purged = new HashSet<>(rows.purged(assessmentId));
    long expected = 1;
    String prev = null;
    while (true) {
      List<EvidenceRowWithBody> batch = rows.withBodies(assessmentId, expected, page);
      for (EvidenceRowWithBody row : batch) {
        EvidenceItem item = row.item();
        String problem = check(item, row.body(), expected, prev, purged);
        if (problem != null) {
          String id = item.seq() == expected ? item.id() : "#" + expected;
          return Verification.bad(assessmentId, expected - 1, head, id, expected, problem);
        }
        prev = item.itemHash();
        expected++;
      }
      if (batch.size() < page) {
        break;
      }
    }
    long checked = expected - 1;
    if (checked != count || !Objects.equals(prev, head)) {
      return Verification.bad(
          assessmentId,
          checked,
          head,
          "#" + (checked + 1),
          checked + 1,
          "the chain ends at item "
              + checked
              + " but the assessment recorded "
              + count
              + " items: items were removed from its end");
    }
    return Verification.ok(assessmentId, checked, head);
  }

  private String check(
      EvidenceItem item, String body, long expected, String prev, Set<String> purged) {
    if (item.seq() != expected) {
      return "item " + expected + " is missing (the next item found is " + item.seq() + ")";
    }
    String content =
        item.type() == EvidenceType.MANUAL_FILE
            ? blobs.rehash(item.contentSha256())
            : body == null ? null : EvidenceHasher.sha256(body);
    if (content == null && !purged.contains(item.contentSha256())) {
      return "its content (" + item.contentSha256() + ") is missing";
    }
    if (content != null && !content.equals(item.contentSha256())) {
      return "its content was changed: it hashes to " + content + ", not " + item.contentSha256();
    }
    if (!Objects.equals(item.prevHash(), prev)) {
      return "it does not follow the previous item (prev_hash "
          + item.prevHash()
          + ", expected "
          + prev
          + "): an item before it was removed, changed or reordered";
    }
    String recomputed = EvidenceHasher.itemHash(item);
    if (!recomputed.equals(item.itemHash())) {
      return "its record was changed: it hashes to " + recomputed + ", not " + item.itemHash();
    }
    return null;
  }
}
