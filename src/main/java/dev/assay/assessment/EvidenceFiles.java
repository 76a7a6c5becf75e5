package dev.assay.assessment;

import dev.assay.assessment.evidence.BlobStore;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceRepository;
import dev.assay.assessment.store.Db;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Downloads of uploaded evidence files: the bytes, the checked type, the safe name. */
public final class EvidenceFiles {

  /**
   * @param content the stored bytes (the caller closes it)
   * @param contentType the type checked at upload ({@code application/octet-stream} for files
   *     uploaded before types were checked)
   * @param fileName the sanitised name
   * @param size bytes
   */
  public record Download(InputStream content, String contentType, String fileName, long size) {}

  private EvidenceFiles() {}

  static String contentType(EvidenceRepository rows, String evidenceId) {
    List<String> types = rows.contentTypes(evidenceId);
    return types.isEmpty() ? "application/octet-stream" : types.get(0);
  }

  static Download open(
      EvidenceLedger ledger, EvidenceItem item, String contentType, Db db, String assessmentId) {
    BlobStore blobs = ledger.blobs();
    try {
      return new Download(
          blobs.open(item.contentSha256()), contentType, item.fileName(), item.sizeBytes());
    } catch (IOException e) {
      boolean purged =
          db.tx(c -> ledger.rows().purgedCount(assessmentId, item.contentSha256()) > 0);
      throw new AssessmentException(
          AssessmentException.Kind.NOT_FOUND,
          purged ? "evidence-purged" : "evidence-file-missing",
          purged
              ? "the file of evidence "
                  + item.id()
                  + " was purged under the retention policy; its hash stays in the chain"
              : "the file of evidence " + item.id() + " is missing from the blob store");
    }
  }
}
