package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.assay.assessment.store.Db;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.ControlResult;
import dev.assay.framework.Framework;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A control's result in every run of an assessment, oldest first, following renames: a run stored
 * before the framework renamed the control shows the control under the ID it had then ({@code
 * recordedAs}), and asking by the old ID finds the same history.
 */
public final class ControlHistory {

  /**
   * One run's result for the control.
   *
   * @param recordedAs the control ID the run stored the result under
   * @param status the control's status, or {@code null} when the run has no result for it
   */
  public record Entry(
      int runNumber,
      String runId,
      String trigger,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Instant evaluatedAt,
      String ruleBaseVersion,
      String frameworkVersion,
      String recordedAs,
      String status,
      Integer pass,
      Integer fail,
      Integer error,
      Integer notApplicable) {}

  /**
   * @param controlId the control's ID now
   * @param formerIds the IDs it had before, as the framework's {@code renamedFrom} lists them
   */
  public record History(
      String assessmentId, String controlId, List<String> formerIds, List<Entry> runs) {}

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final RunRepository runRows;
  private final Supplier<AssayEngine> engine;

  ControlHistory(
      Db db,
      AssessmentRepository assessmentRepository,
      RunRepository runRows,
      Supplier<AssayEngine> engine) {
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.runRows = runRows;
    this.engine = engine;
  }

  public History of(String assessmentId, String controlId) {
    Assessment assessment = db.tx(c -> assessmentRepository.get(assessmentId));
    Framework framework = engine.get().framework(assessment.frameworkId());
    Map<String, String> renames = framework.renames();
    String current = renames.getOrDefault(controlId, controlId);
    List<String> former =
        renames.entrySet().stream()
            .filter(e -> e.getValue().equals(current))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    boolean known =
        framework.control(current).isPresent()
            || db.tx(c -> assessmentRepository.controls(assessmentId)).stream()
                .anyMatch(a -> a.controlId().equals(current));
    if (!known) {
      throw AssessmentException.notFound("control", controlId);
    }
    return db.tx(
        c -> {
          List<Run> runs = new ArrayList<>(runRows.runs(assessmentId));
          runs.sort((a, b) -> Integer.compare(a.number(), b.number()));
          List<Entry> entries = new ArrayList<>();
          for (Run run : runs) {
            if (!run.succeeded()) {
              continue;
            }
            ControlResult found = null;
            for (ControlResult r : runRows.controlResults(run.id())) {
              if (renames.getOrDefault(r.controlId(), r.controlId()).equals(current)) {
                found = r;
                break;
              }
            }
            entries.add(
                new Entry(
                    run.number(),
                    run.id(),
                    run.trigger(),
                    run.evaluatedAt(),
                    run.ruleBaseVersion(),
                    run.frameworkVersion(),
                    found == null ? null : found.controlId(),
                    found == null ? null : found.status().name(),
                    found == null ? null : found.pass(),
                    found == null ? null : found.fail(),
                    found == null ? null : found.error(),
                    found == null ? null : found.notApplicable()));
          }
          return new History(assessmentId, current, former, List.copyOf(entries));
        });
  }
}
