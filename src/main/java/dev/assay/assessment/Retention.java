package dev.assay.assessment;

import dev.assay.assessment.evidence.BlobStore;
import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention policy: the content of evidence older than the retention period, in assessments
 * that became INACTIVE (final, read-only) longer ago than that, may be purged. Only content goes
 * (stored bodies and blob files); every item, its content hash and the chain stay, and a tombstone
 * per purged content lets verification tell a purge from a loss. Content another assessment or a
 * newer item still uses is kept.
 */
public final class Retention {

  /**
   * What a purge did.
   *
   * @param cutoff evidence collected before this instant was due
   * @param assessments INACTIVE assessments looked at
   * @param contents content hashes purged (tombstoned)
   * @param deleted stored bodies and blob files deleted
   */
  public record Purge(Instant cutoff, int assessments, int contents, int deleted) {}

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final RetentionRepository tombstones;
  private final BlobStore blobs;
  private final Period retention;
  private final Clock clock;

  Retention(StoreDatabase database, BlobStore blobs, Period retention, Clock clock) {
    this.db = database.db();
    this.assessmentRepository = database.repository(AssessmentRepository.class);
    this.tombstones = database.repository(RetentionRepository.class);
    this.blobs = blobs;
    this.retention = retention;
    this.clock = clock;
  }

  public Period period() {
    return retention;
  }

  /** Purges what is due now; safe to run again (it only adds what is newly due). */
  public Purge purge() {
    Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
    List<String> due = db.tx(c -> assessmentRepository.inactiveBefore(cutoff));
    int contents = 0;
    int deleted = 0;
    for (String assessmentId : due) {
      int[] counts = purge(assessmentId, cutoff);
      contents += counts[0];
      deleted += counts[1];
    }
    return new Purge(cutoff, due.size(), contents, deleted);
  }

  private int[] purge(String assessmentId, Instant cutoff) {
    // The tombstones are written first, in one transaction; content goes after. A crash in
    // between leaves content that is tombstoned but present, which verifies and is deleted by
    // the next purge: never content that is gone without a tombstone.
    List<String> added =
        db.tx(
            c -> {
              List<String> shas = tombstones.due(assessmentId, cutoff);
              List<PurgeTombstone> rows = new ArrayList<>();
              for (String sha : shas) {
                rows.add(
                    new PurgeTombstone(
                        assessmentId,
                        sha,
                        clock.instant(),
                        "retention " + retention + ": collected before " + cutoff));
              }
              if (!rows.isEmpty()) {
                tombstones.saveAll(rows);
              }
              return shas;
            });
    // Every tombstone of the assessment: content a crash left behind is deleted now.
    List<String> purged = db.tx(c -> tombstones.tombstoned(assessmentId));
    int deleted = 0;
    for (String sha : purged) {
      deleted += deleteIfUnused(sha) ? 1 : 0;
    }
    return new int[] {added.size(), deleted};
  }

  /** Deletes the content when no item outside a tombstone still points at it. */
  private boolean deleteIfUnused(String sha) {
    return db.tx(
        c -> {
          long inUse = tombstones.itemsStillUsing(sha);
          if (inUse > 0) {
            return false;
          }
          int rows = tombstones.deleteContent(sha);
          boolean blob = blobs.delete(sha);
          return rows > 0 || blob;
        });
  }
}
