package dev.assay.assessment;

import dev.assay.assessment.evidence.BlobStore;
import dev.assay.assessment.evidence.Compliance;
import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.NewEvidence;
import dev.assay.assessment.evidence.Verification;
import dev.assay.assessment.store.Db;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An assessment's evidence: manual uploads (a file or a text answer, within Audit Manager's
 * limits), listing by folder, and verification of the hash chain.
 */
public final class Evidence {

  static final int MAX_TEXT = 1000;

  private final Db db;
  private final EvidenceLedger ledger;
  private final AssessmentSettings settings;
  private final Clock clock;

  public Evidence(Db db, EvidenceLedger ledger, AssessmentSettings settings, Clock clock) {
    this.db = db;
    this.ledger = ledger;
    this.settings = settings;
    this.clock = clock;
  }

  /** Streams the file into the blob store (hashing it), then appends it to the chain. */
  public EvidenceItem uploadFile(
      String assessmentId,
      String controlId,
      String fileName,
      String resourceArn,
      InputStream content,
      String by) {
    if (fileName == null || fileName.isBlank() || fileName.length() > 300) {
      throw AssessmentException.invalid("a file upload needs a file name of 1 to 300 characters");
    }
    // Refuse before reading up to 100 MB that would be refused anyway.
    db.tx(c -> checkUpload(c, assessmentId, controlId, AssessmentRepository.get(c, assessmentId)));
    BlobStore.Stored stored;
    try {
      stored = ledger.blobs().store(content, settings.maxUploadBytes());
    } catch (BlobStore.TooLarge e) {
      throw new AssessmentException(
          AssessmentException.Kind.TOO_LARGE,
          "evidence-too-large",
          "evidence files may have at most "
              + settings.maxUploadBytes()
              + " bytes; this one has"
              + " more");
    }
    String name = java.nio.file.Path.of(fileName).getFileName().toString();
    return append(
        assessmentId,
        controlId,
        new NewEvidence(
            controlId,
            EvidenceType.MANUAL_FILE,
            "manual",
            now(),
            null,
            null,
            blankToNull(resourceArn),
            Compliance.INCONCLUSIVE,
            null,
            Assessments.who(by),
            name,
            stored.size(),
            stored.sha256(),
            null),
        by);
  }

  public EvidenceItem uploadText(
      String assessmentId, String controlId, String text, String resourceArn, String by) {
    if (text == null || text.isBlank()) {
      throw AssessmentException.invalid("a text answer needs text");
    }
    if (text.length() > MAX_TEXT) {
      throw AssessmentException.invalid(
          "a text answer has at most " + MAX_TEXT + " characters; this one has " + text.length());
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return append(
        assessmentId,
        controlId,
        new NewEvidence(
            controlId,
            EvidenceType.MANUAL_TEXT,
            "manual",
            now(),
            null,
            null,
            blankToNull(resourceArn),
            Compliance.INCONCLUSIVE,
            null,
            Assessments.who(by),
            null,
            bytes.length,
            EvidenceHasher.sha256(bytes),
            text),
        by);
  }

  private EvidenceItem append(String assessmentId, String controlId, NewEvidence item, String by) {
    return db.tx(
        c -> {
          Assessment locked = AssessmentRepository.lock(c, assessmentId);
          checkUpload(c, assessmentId, controlId, locked);
          EvidenceItem added =
              ledger
                  .append(
                      c, assessmentId, locked.evidenceCount(), locked.evidenceHead(), List.of(item))
                  .get(0);
          ChangeLog.record(
              c,
              assessmentId,
              ChangeLog.CONTROL,
              controlId,
              "IMPORT_EVIDENCE",
              added.type()
                  + " "
                  + (added.fileName() != null ? added.fileName() : "text answer")
                  + " ("
                  + added.id()
                  + ")",
              added.collectedAt(),
              Assessments.who(by));
          return added;
        });
  }

  private Void checkUpload(Connection c, String assessmentId, String controlId, Assessment a)
      throws SQLException {
    Assessments.requireActive(a);
    AssessmentControl control = AssessmentRepository.control(c, assessmentId, controlId);
    if (control.status() == ControlStatus.INACTIVE) {
      throw new AssessmentException(
          AssessmentException.Kind.CONFLICT,
          "control-inactive",
          "control "
              + controlId
              + " is INACTIVE: it takes no evidence until it is moved back to"
              + " UNDER_REVIEW or REVIEWED");
    }
    LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
    long uploads = ledger.manualUploads(c, assessmentId, controlId, today);
    if (uploads >= settings.maxUploadsPerControlPerDay()) {
      throw new AssessmentException(
          AssessmentException.Kind.QUOTA,
          "quota-exceeded",
          "control "
              + controlId
              + " already has "
              + uploads
              + " manual uploads today ("
              + today
              + ", UTC), the most allowed per control per day");
    }
    return null;
  }

  public List<EvidenceItem> list(
      String assessmentId, String controlId, LocalDate date, int offset, int limit) {
    return db.tx(
        c -> {
          AssessmentRepository.get(c, assessmentId);
          return ledger.list(c, assessmentId, controlId, date, offset, limit);
        });
  }

  public List<EvidenceLedger.Folder> folders(String assessmentId) {
    return db.tx(
        c -> {
          AssessmentRepository.get(c, assessmentId);
          return ledger.folders(c, assessmentId);
        });
  }

  public EvidenceLedger.WithContent get(String assessmentId, String evidenceId) {
    return db.tx(
        c -> {
          AssessmentRepository.get(c, assessmentId);
          return ledger
              .get(c, assessmentId, evidenceId)
              .orElseThrow(() -> AssessmentException.notFound("evidence", evidenceId));
        });
  }

  /** The stored file of a file item (for download). */
  public java.nio.file.Path file(EvidenceItem item) {
    return ledger.blobs().path(item.contentSha256());
  }

  public Verification verify(String assessmentId) {
    return db.tx(
        c -> {
          Assessment a = AssessmentRepository.get(c, assessmentId);
          return ledger.verify(c, assessmentId, a.evidenceCount(), a.evidenceHead());
        });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
