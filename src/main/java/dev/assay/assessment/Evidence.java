package dev.assay.assessment;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceQuery;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.LocalBlobStore;
import dev.assay.assessment.evidence.Verification;
import dev.assay.assessment.store.Db;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment's evidence as it is read: pages by control and date, folders, single items and
 * their files (narrowed to what a caller's {@link ReadScope} reads), and verification of the hash
 * chain. Uploads come in through {@link ManualUploads}.
 */
public final class Evidence {

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final EvidenceLedger ledger;

  Evidence(Db db, AssessmentRepository assessmentRepository, EvidenceLedger ledger) {
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.ledger = ledger;
  }

  public List<EvidenceItem> list(
      String assessmentId, String controlId, LocalDate date, int offset, int limit) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          return ledger.list(c, assessmentId, controlId, date, offset, limit);
        });
  }

  /**
   * The items {@code scope} reads. A control outside it lists nothing, as an unknown control does;
   * without a control, a delegate's page is drawn from the controls of their sets only.
   */
  public List<EvidenceItem> list(
      String assessmentId,
      ReadScope scope,
      String controlId,
      LocalDate date,
      int offset,
      int limit) {
    if (scope.all()) {
      return list(assessmentId, controlId, date, offset, limit);
    }
    if (controlId != null && scope.seesControl(controlId)) {
      return list(assessmentId, controlId, date, offset, limit).stream().map(scope::item).toList();
    }
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          if (controlId != null || scope.controls().isEmpty()) {
            // An empty control set in EvidenceQuery means "every control": never for a scope.
            return List.<EvidenceItem>of();
          }
          return ledger
              .list(
                  c,
                  assessmentId,
                  new EvidenceQuery(scope.controls(), null, date, date, -1),
                  offset,
                  limit)
              .stream()
              .map(scope::item)
              .toList();
        });
  }

  public List<EvidenceLedger.Folder> folders(String assessmentId) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          return ledger.folders(assessmentId);
        });
  }

  public EvidenceLedger.WithContent get(String assessmentId, String evidenceId) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          return ledger
              .get(assessmentId, evidenceId)
              .orElseThrow(() -> AssessmentException.notFound("evidence", evidenceId));
        });
  }

  /** An item {@code scope} reads, else the answer for unknown evidence. */
  public EvidenceLedger.WithContent get(String assessmentId, String evidenceId, ReadScope scope) {
    EvidenceLedger.WithContent found = get(assessmentId, evidenceId);
    scope.requireEvidence(found.item());
    return scope.all()
        ? found
        : new EvidenceLedger.WithContent(scope.item(found.item()), found.body());
  }

  /** The file of an item {@code scope} reads, else the answer for unknown evidence. */
  public EvidenceFiles.Download download(String assessmentId, String evidenceId, ReadScope scope) {
    if (!scope.all()) {
      get(assessmentId, evidenceId, scope);
    }
    return download(assessmentId, evidenceId);
  }

  /** The stored file of a file item, when the blob store is the local disk (tests, tools). */
  public java.nio.file.Path file(EvidenceItem item) {
    if (ledger.blobs() instanceof LocalBlobStore local) {
      return local.path(item.contentSha256());
    }
    throw new IllegalStateException("evidence files are in " + ledger.blobs().describe());
  }

  /** A file item's stored bytes and checked content type, for download. */
  public EvidenceFiles.Download download(String assessmentId, String evidenceId) {
    EvidenceItem item = get(assessmentId, evidenceId).item();
    if (item.type() != EvidenceType.MANUAL_FILE) {
      throw AssessmentException.invalid("evidence " + evidenceId + " is not a file");
    }
    String type = db.tx(c -> EvidenceFiles.contentType(ledger.rows(), evidenceId));
    return EvidenceFiles.open(ledger, item, type, db, assessmentId);
  }

  public Verification verify(String assessmentId) {
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.get(assessmentId);
          return ledger.verify(assessmentId, a.evidenceCount(), a.evidenceHead());
        });
  }
}
