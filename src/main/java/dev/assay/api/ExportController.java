package dev.assay.api;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Run;
import dev.assay.assessment.Summaries;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.framework.Control;
import dev.assay.framework.Framework;
import dev.assay.reload.EngineHolder;
import dev.assay.report.ExportContext;
import dev.assay.report.Exports;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/assessments/{id}/export?format=ocsf|asff|sarif|csv|junit|oscal|json|table}:
 * the latest successful run of an assessment in an exchange format, the same bytes {@code evaluate
 * --format} writes for that result. Control names come from the framework as loaded now.
 */
@Controller("/api/v1/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExportController {

  static final String UNKNOWN_FORMAT = "urn:assay:problem:unknown-format";
  static final String NO_RUN = "urn:assay:problem:no-successful-run";

  private final AssessmentStore store;
  private final EngineHolder engines;

  public ExportController(AssessmentStore store, EngineHolder engines) {
    this.store = store;
    this.engines = engines;
  }

  @Get("/{id}/export")
  public HttpResponse<byte[]> export(String id, @Nullable @QueryValue String format) {
    Exports exports = parse(format);
    Run run = store.summaries().summary(id).lastSuccessfulRun();
    if (run == null) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          NO_RUN,
          "No successful run",
          "assessment "
              + id
              + " has no successful run to export yet; start one with POST "
              + "/api/v1/assessments/"
              + id
              + "/runs");
    }
    Summaries.RunDetail detail = store.summaries().run(id, run.id());
    AssayEngine engine = engines.current();
    Framework framework = engine.frameworks().find(run.frameworkId()).orElse(null);
    EvaluationResult result =
        new EvaluationResult(
            run.ruleBaseVersion(),
            run.frameworkId(),
            run.frameworkVersion(),
            run.evaluatedAt().toString(),
            List.of(),
            detail.findings(),
            inFrameworkOrder(detail.controls(), framework),
            detail.tasks());
    ExportContext ctx =
        new ExportContext(
            result,
            framework,
            engine.ruleBase().rules(),
            ExportContext.currentVersion(),
            id,
            ExportContext.DEFAULT_VALIDITY);
    String name = "assessment-" + id + "-run-" + run.number() + "." + extension(exports);
    return HttpResponse.ok(exports.write(ctx).getBytes(StandardCharsets.UTF_8))
        .contentType(MediaType.of(exports.mediaType()))
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  static Exports parse(String format) {
    Optional<Exports> parsed = Exports.parse(format);
    if (parsed.isEmpty()) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          UNKNOWN_FORMAT,
          "Unknown format",
          (format == null ? "format is required" : "unknown format " + format)
              + "; use one of "
              + Exports.ids());
    }
    return parsed.get();
  }

  private static String extension(Exports format) {
    return switch (format) {
      case JUNIT -> "xml";
      case TABLE -> "txt";
      case SARIF -> "sarif";
      case CSV -> "csv";
      case JSON -> "json";
      default -> format.id() + ".json";
    };
  }

  /** Stored control results are in ID order and without names: give them the framework's. */
  private static List<ControlResult> inFrameworkOrder(List<ControlResult> stored, Framework fw) {
    if (fw == null) {
      return stored;
    }
    Map<String, ControlResult> byId = new HashMap<>();
    stored.forEach(c -> byId.put(c.controlId(), c));
    List<ControlResult> ordered = new ArrayList<>();
    fw.controls()
        .map(Control::id)
        .filter(byId::containsKey)
        .forEach(
            cid -> {
              ControlResult c = byId.remove(cid);
              String name = fw.control(cid).map(Control::name).orElse(c.name());
              ordered.add(
                  new ControlResult(
                      c.controlId(),
                      c.controlSetId(),
                      name,
                      c.status(),
                      c.pass(),
                      c.fail(),
                      c.error(),
                      c.notApplicable(),
                      c.openTasks()));
            });
    stored.stream().filter(c -> byId.containsKey(c.controlId())).forEach(ordered::add);
    return ordered;
  }
}
