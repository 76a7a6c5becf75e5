package dev.assay.assessment;

import dev.assay.assessment.evidence.BlobStore;
import dev.assay.assessment.evidence.BlobStores;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceRepository;
import dev.assay.assessment.evidence.LocalBlobStore;
import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.evaluation.AssayEngine;
import java.time.Clock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The assessment side of Assay on one database: assessments, runs, evidence and summaries. The HTTP
 * API and the CLI both reach it through the same bean; tests build it on a store-only context.
 */
public final class AssessmentStore {

  private final Assessments assessments;
  private final Runs runs;
  private final Evidence evidence;
  private final ManualUploads uploads;
  private final Summaries summaries;
  private final StoredEvidence storedEvidence;
  private final ServedVersions servedVersions;
  private final AssessmentSettings settings;
  private final Delegations delegations;
  private final Db db;
  private final StoreDatabase database;
  private final Supplier<AssayEngine> engine;
  private final Clock clock;
  private final Retention retention;
  private final AssessmentRepository assessmentRepository;
  private final ChangeLog changeLog;
  private final RunRepository runRows;

  public AssessmentStore(
      StoreDatabase database,
      AssayEngine engine,
      AssessmentSettings settings,
      SnapshotSource snapshots,
      Clock clock) {
    this(database, () -> engine, settings, snapshots, clock);
  }

  /**
   * With an engine loaded on first use: reading, uploading and verifying need no rule base, so the
   * CLI compiles it only for commands that create or run assessments.
   */
  public AssessmentStore(
      StoreDatabase database,
      Supplier<AssayEngine> engine,
      AssessmentSettings settings,
      SnapshotSource snapshots,
      Clock clock) {
    this(database, engine, settings, EvidenceStorageSettings.DEFAULTS, snapshots, clock);
  }

  /** With the blob store (local or S3) and retention of {@code storage}. */
  public AssessmentStore(
      StoreDatabase database,
      Supplier<AssayEngine> engine,
      AssessmentSettings settings,
      EvidenceStorageSettings storage,
      SnapshotSource snapshots,
      Clock clock) {
    Db db = database.db();
    this.database = database;
    this.db = db;
    this.engine = engine;
    this.clock = clock;
    Supplier<S3Client> s3 = () -> BlobStores.s3(storage.s3Region(), storage.s3EndpointUrl());
    BlobStore blobs =
        "s3".equals(storage.blobStore())
            ? BlobStores.create("s3", null, s3.get(), storage.s3Bucket(), storage.s3Prefix())
            : new LocalBlobStore(settings.blobDir());
    EvidenceRepository evidenceRows = database.repository(EvidenceRepository.class);
    EvidenceLedger ledger = new EvidenceLedger(blobs, evidenceRows);
    this.runRows = database.repository(RunRepository.class);
    this.retention = new Retention(database, blobs, storage.retentionPeriod(), clock);
    this.settings = settings;
    this.assessmentRepository = database.repository(AssessmentRepository.class);
    this.changeLog = database.repository(ChangeLog.class);
    this.assessments = new Assessments(database, engine, settings, clock);
    this.runs =
        new Runs(db, assessmentRepository, changeLog, runRows, engine, ledger, snapshots, clock);
    this.evidence = new Evidence(db, assessmentRepository, ledger);
    this.uploads = new ManualUploads(database, ledger, settings, clock, new S3Objects(s3));
    this.summaries = new Summaries(db, assessmentRepository, runRows, evidenceRows, clock);
    this.storedEvidence = new StoredEvidence(db, assessmentRepository, runRows, ledger);
    this.servedVersions =
        new ServedVersions(db, database.repository(ServedVersionRepository.class));
    this.delegations = new Delegations(database, clock);
  }

  /** The database, its transactions and repositories, for what lives beside assessments. */
  public StoreDatabase database() {
    return database;
  }

  public Assessments assessments() {
    return assessments;
  }

  public Runs runs() {
    return runs;
  }

  public Evidence evidence() {
    return evidence;
  }

  /** Manual evidence in: file, S3 import and text uploads. */
  public ManualUploads uploads() {
    return uploads;
  }

  public Summaries summaries() {
    return summaries;
  }

  /** The latest runs' evidence, for re-evaluating it with other rules. */
  public StoredEvidence storedEvidence() {
    return storedEvidence;
  }

  /** The rule base and framework versions that served. */
  public ServedVersions servedVersions() {
    return servedVersions;
  }

  /** Control sets delegated to reviewers, and who is what to an assessment. */
  public Delegations delegations() {
    return delegations;
  }

  /**
   * Batch re-evaluation jobs on this store, with the engine serving when each job runs. Each call
   * makes a new runner with its own background thread: the service keeps one, the CLI one per
   * command; close it to stop its jobs after their current assessments.
   */
  public Reevaluations reevaluations(int parallelism) {
    return new Reevaluations(
        db,
        assessmentRepository,
        changeLog,
        runRows,
        database.repository(ReevaluationRepository.class),
        engine,
        storedEvidence,
        clock,
        parallelism);
  }

  /** A control's results across an assessment's runs, following renames. */
  public ControlHistory controlHistory() {
    return new ControlHistory(db, assessmentRepository, runRows, engine);
  }

  /** Purging evidence content past the retention period (hashes and chain stay). */
  public Retention retention() {
    return retention;
  }

  public AssessmentSettings settings() {
    return settings;
  }
}
