package dev.assay.assessment;

import dev.assay.assessment.evidence.BlobStore;
import dev.assay.assessment.evidence.Compliance;
import dev.assay.assessment.evidence.ContentTypes;
import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.NewEvidence;
import dev.assay.assessment.evidence.S3Location;
import dev.assay.assessment.evidence.UploadNames;
import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Manual evidence coming in: a file (streamed, its name sanitised and its content type checked), an
 * object imported from S3, or a text answer, each within Audit Manager's limits and appended to the
 * assessment's hash chain with a change-log entry, in one transaction.
 */
public final class ManualUploads {

  static final int MAX_TEXT = 1000;

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final ChangeLog changeLog;
  private final UploadedFileRepository uploadedFiles;
  private final EvidenceLedger ledger;
  private final AssessmentSettings settings;
  private final Clock clock;
  private final S3Objects s3Objects;

  ManualUploads(
      StoreDatabase database,
      EvidenceLedger ledger,
      AssessmentSettings settings,
      Clock clock,
      S3Objects s3) {
    this.s3Objects = s3;
    this.db = database.db();
    this.assessmentRepository = database.repository(AssessmentRepository.class);
    this.changeLog = database.repository(ChangeLog.class);
    this.uploadedFiles = database.repository(UploadedFileRepository.class);
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
    return uploadFile(assessmentId, controlId, fileName, null, resourceArn, content, by);
  }

  /**
   * As above, with the content type the client declared ({@code null} for none): the name is
   * sanitised (the sent one kept as metadata) and the content type checked against the bytes before
   * anything is stored.
   */
  public EvidenceItem uploadFile(
      String assessmentId,
      String controlId,
      String fileName,
      String declaredType,
      String resourceArn,
      InputStream content,
      String by) {
    if (fileName == null || fileName.isBlank() || fileName.length() > 1024) {
      throw AssessmentException.invalid("a file upload needs a file name of 1 to 1024 characters");
    }
    // Refuse before reading up to 100 MB that would be refused anyway.
    db.tx(c -> checkUpload(c, assessmentId, controlId, assessmentRepository.get(assessmentId)));
    return storeFile(
        assessmentId, controlId, fileName, declaredType, resourceArn, content, "manual", by);
  }

  /** Imports an object from S3 ({@code s3://bucket/key}) as a file upload, hashed and chained. */
  public EvidenceItem importS3(
      String assessmentId, String controlId, String uri, String resourceArn, String by) {
    S3Location location;
    try {
      location = S3Location.parse(uri);
    } catch (IllegalArgumentException e) {
      throw AssessmentException.invalid(e.getMessage());
    }
    db.tx(c -> checkUpload(c, assessmentId, controlId, assessmentRepository.get(assessmentId)));
    try (InputStream in = s3Objects.open(location, settings.maxUploadBytes())) {
      String source = uri.length() <= 300 ? uri : "s3";
      return storeFile(assessmentId, controlId, uri, null, resourceArn, in, source, by);
    } catch (IOException e) {
      throw AssessmentException.invalid("cannot import " + uri + ": " + e.getMessage());
    } catch (BlobStore.TooLarge e) {
      throw tooLarge();
    }
  }

  private EvidenceItem storeFile(
      String assessmentId,
      String controlId,
      String sentName,
      String declaredType,
      String resourceArn,
      InputStream content,
      String source,
      String by) {
    String name = UploadNames.sanitise(sentName);
    ContentTypes.Checked checked;
    try {
      checked = ContentTypes.check(content, declaredType, name);
    } catch (ContentTypes.Refused e) {
      throw new AssessmentException(
          AssessmentException.Kind.UNSUPPORTED_TYPE, "unsupported-evidence-type", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload: " + e.getMessage(), e);
    }
    BlobStore.Stored stored;
    try {
      stored = ledger.blobs().store(checked.content(), settings.maxUploadBytes());
    } catch (BlobStore.TooLarge e) {
      throw tooLarge();
    }
    String original = sentName.length() > 1024 ? sentName.substring(0, 1024) : sentName;
    return append(
        assessmentId,
        controlId,
        new NewEvidence(
            controlId,
            EvidenceType.MANUAL_FILE,
            source,
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
        by,
        added -> uploadedFiles.save(new UploadedFile(added.id(), original, checked.contentType())));
  }

  private AssessmentException tooLarge() {
    return new AssessmentException(
        AssessmentException.Kind.TOO_LARGE,
        "evidence-too-large",
        "evidence files may have at most "
            + settings.maxUploadBytes()
            + " bytes (assay.assessments.max-upload-bytes); this one has more");
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
        by,
        added -> {});
  }

  /** Runs on the append's transaction with the appended item: metadata rows that go with it. */
  private interface AlongWith {
    void write(EvidenceItem added);
  }

  private EvidenceItem append(
      String assessmentId, String controlId, NewEvidence item, String by, AlongWith along) {
    return db.tx(
        c -> {
          Assessment locked = assessmentRepository.lock(assessmentId);
          checkUpload(c, assessmentId, controlId, locked);
          EvidenceItem added =
              ledger
                  .append(
                      c, assessmentId, locked.evidenceCount(), locked.evidenceHead(), List.of(item))
                  .get(0);
          along.write(added);
          changeLog.record(
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
    AssessmentControl control = assessmentRepository.control(assessmentId, controlId);
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
    long uploads = ledger.manualUploads(assessmentId, controlId, today);
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
