package dev.assay.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreException;
import dev.assay.evaluation.AssayEngine;
import dev.assay.fact.ManualEvidence;
import dev.assay.snapshot.RecordedCall;
import dev.assay.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored evidence of assessments' latest successful runs, rebuilt as recorded calls, so that
 * rules can be run on it again without calling AWS. A run stores the responses its findings used
 * (per control); those, deduplicated, are the snapshot rebuilt here. Calls no finding used are not
 * stored, so the rebuilt snapshot can be smaller than the one collected: compare two rule bases on
 * it, not one rule base against the run's stored results. {@link Input#snapshot} therefore prefers
 * the run's own snapshot directory while it still holds the stored evidence.
 */
public final class StoredEvidence {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One assessment's inputs for a re-evaluation.
   *
   * @param calls the recorded calls of the run's evidence, in chain order, each once
   * @param manual the manual evidence provided so far
   * @param contentHashes the SHA-256 of each stored call's content
   */
  public record Input(
      Assessment assessment,
      Run run,
      List<RecordedCall> calls,
      List<ManualEvidence> manual,
      Set<String> contentHashes) {

    /**
     * The snapshot to evaluate again: the run's own snapshot directory when it is still there and
     * still holds every call the run stored as evidence (checked by content hash), so results are
     * those of the whole collection; otherwise the stored evidence alone, which lacks the calls no
     * finding used, with a note saying so (results then lean to ERROR, never to PASS).
     */
    public Source snapshot(AssayEngine engine) {
      String why;
      Path dir = run.snapshotSource() == null ? null : Path.of(run.snapshotSource());
      if (dir == null) {
        why = "run " + run.number() + " names no snapshot directory";
      } else if (!Files.isDirectory(dir)) {
        why = "the snapshot directory " + dir + " of run " + run.number() + " is gone";
      } else {
        try {
          Snapshot full = engine.snapshotReader().read(dir);
          Set<String> present = new HashSet<>();
          full.calls().forEach(c -> present.add(EvidenceHasher.sha256(RunEvidence.content(c))));
          if (present.containsAll(contentHashes)) {
            return new Source(full, null);
          }
          why = "the snapshot directory " + dir + " changed since run " + run.number();
        } catch (RuntimeException e) {
          why = "the snapshot directory " + dir + " cannot be read: " + e.getMessage();
        }
      }
      return new Source(
          engine.inlineSnapshots().build(calls),
          why
              + "; evaluated on the stored evidence alone, which lacks the calls no finding used:"
              + " some results may be ERROR or missing");
    }
  }

  /**
   * @param note why the stored evidence alone was evaluated, or {@code null} for the whole snapshot
   */
  public record Source(Snapshot snapshot, String note) {}

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final RunRepository runRows;
  private final EvidenceLedger ledger;

  StoredEvidence(
      Db db,
      AssessmentRepository assessmentRepository,
      RunRepository runRows,
      EvidenceLedger ledger) {
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.runRows = runRows;
    this.ledger = ledger;
  }

  /**
   * The active assessments (of {@code among}, or all when it is empty) whose latest successful run
   * rests on evidence collected at or after {@code since}; a re-evaluation run carries the time of
   * the evidence it re-evaluated, so it does not make old evidence look new.
   */
  public List<String> collectedSince(Instant since, List<String> among) {
    return db.tx(
        c -> {
          List<Assessment> candidates = new ArrayList<>();
          if (among.isEmpty()) {
            candidates.addAll(assessmentRepository.all());
          } else {
            for (String id : among) {
              candidates.add(assessmentRepository.get(id));
            }
          }
          List<String> ids = new ArrayList<>();
          for (Assessment a : candidates) {
            Optional<Run> run = runRows.lastSucceeded(a.id());
            if (a.status() == AssessmentStatus.ACTIVE
                && run.isPresent()
                && run.get().evaluatedAt() != null
                && !run.get().evaluatedAt().isBefore(since)) {
              ids.add(a.id());
            }
          }
          return ids;
        });
  }

  /**
   * @param assessmentIds the assessments to read; empty for every active one
   * @return one input per assessment that has a successful run with evidence
   */
  public List<Input> latest(List<String> assessmentIds) {
    return db.tx(
        c -> {
          List<Assessment> assessments = new ArrayList<>();
          if (assessmentIds.isEmpty()) {
            assessmentRepository.all().stream()
                .filter(a -> a.status() == AssessmentStatus.ACTIVE)
                .forEach(assessments::add);
          } else {
            for (String id : assessmentIds) {
              assessments.add(assessmentRepository.get(id));
            }
          }
          List<Input> inputs = new ArrayList<>();
          for (Assessment assessment : assessments) {
            Optional<Run> run = runRows.lastSucceeded(assessment.id());
            if (run.isEmpty()) {
              continue;
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            // Keyed by content SHA-256: the same response used by several controls counts once.
            ledger
                .rows()
                .runContents(assessment.id(), run.get().evidenceSource())
                .forEach(e -> bodies.putIfAbsent(e.contentSha256(), e.body()));
            if (bodies.isEmpty()) {
              continue;
            }
            List<RecordedCall> calls = new ArrayList<>();
            for (String body : bodies.values()) {
              calls.add(call(body));
            }
            List<ManualEvidence> manual =
                ledger.manual(assessment.id()).stream().map(Runs::manualEvidence).toList();
            inputs.add(
                new Input(
                    assessment,
                    run.get(),
                    List.copyOf(calls),
                    manual,
                    Set.copyOf(bodies.keySet())));
          }
          return inputs;
        });
  }

  /** The inverse of {@code RunEvidence.content}. */
  private static RecordedCall call(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return new RecordedCall(
          text(node, "accountId"),
          text(node, "region"),
          text(node, "service"),
          text(node, "operation"),
          text(node, "suffix"),
          present(node.get("request")),
          present(node.get("response")),
          present(node.get("error")));
    } catch (IOException e) {
      throw new StoreException("stored evidence is not JSON: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = present(node.get(field));
    return value == null ? null : value.asText();
  }

  private static JsonNode present(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() ? null : value;
  }
}
