package dev.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.DryRun;
import dev.assay.assessment.ReevaluationJob;
import dev.assay.assessment.Reevaluations;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.ResultDiff;
import dev.assay.json.PrettyJson;
import dev.assay.reload.Candidate;
import dev.assay.reload.CandidateCheck;
import dev.assay.reload.EngineHolder;
import dev.assay.snapshot.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/v1/reevaluations} with {@code "dryRun": true}: evaluates evidence with the
 * serving rules and with a candidate (files laid over the serving ones) and answers with the status
 * changes, the document {@code reevaluate --dry-run --format json} prints. The evidence is the
 * recorded calls sent inline ({@code "responses"}), or else the latest run's stored evidence of the
 * named assessments ({@code "assessments"}) or of every active one. Nothing is stored.
 *
 * <p>Without {@code dryRun} (or with {@code false}) it starts a background job that re-evaluates
 * the stored evidence of the named assessments (or every active one) with the serving rules and
 * stores a new run for each: 202 with the job; 409 while another job is queued or running. The job
 * is read, cancelled and resumed under {@code /api/v1/reevaluations/{id}}.
 */
@Controller("/api/v1/reevaluations")
public class ReevaluationController {

  private static final Set<String> FIELDS =
      Set.of("dryRun", "responses", "assessments", "rules", "frameworks", "framework", "at");

  /** The fields of a real job: no candidate, no inline evidence, no instant. */
  private static final Set<String> JOB_FIELDS = Set.of("dryRun", "assessments");

  private final EngineHolder engines;
  private final AssessmentStore store;
  private final Reevaluations jobs;
  private final RequestLimits limits;

  public ReevaluationController(
      EngineHolder engines, AssessmentStore store, Reevaluations jobs, RequestLimits limits) {
    this.engines = engines;
    this.store = store;
    this.jobs = jobs;
    this.limits = limits;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public JobList list() {
    return new JobList(jobs.list().stream().map(ReevaluationJob::summary).toList());
  }

  /** Every job, newest first, without items and results; an empty list is sent as []. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record JobList(List<ReevaluationJob> reevaluations) {}

  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public ReevaluationJob get(String id) {
    return jobs.get(id);
  }

  @Post(uri = "/{id}/cancel", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public ReevaluationJob cancel(String id) {
    return jobs.cancel(id);
  }

  @Post(uri = "/{id}/resume", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<ReevaluationJob> resume(String id) {
    return HttpResponse.accepted().body(jobs.resume(id));
  }

  private HttpResponse<?> startJob(JsonNode root, String user) {
    EvaluationRequestReader.rejectUnknownFields("", root, JOB_FIELDS);
    ReevaluationJob job = jobs.start(assessments(root.get("assessments")), user);
    return HttpResponse.accepted()
        .headers(h -> h.location(URI.create("/api/v1/reevaluations/" + job.id())))
        .body(job);
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> reevaluate(
      @Body @Nullable byte[] body, @Nullable @Header(AssessmentController.USER) String user) {
    JsonNode root =
        body == null || body.length == 0
            ? EvaluationRequestReader.parse("{}".getBytes(StandardCharsets.UTF_8), limits)
            : EvaluationRequestReader.parse(body, limits);
    if (!root.isObject()) {
      throw ApiException.invalidRequest(
          "the body must be a JSON object, not " + EvaluationRequestReader.kind(root));
    }
    EvaluationRequestReader.rejectUnknownFields("", root, FIELDS);
    JsonNode dryRun = root.get("dryRun");
    if (dryRun != null && !dryRun.isBoolean()) {
      throw ApiException.invalidRequest(
          "dryRun: must be true or false, not " + EvaluationRequestReader.kind(dryRun));
    }
    if (dryRun == null || !dryRun.booleanValue()) {
      for (String field : List.of("responses", "rules", "frameworks", "framework", "at")) {
        if (root.has(field)) {
          throw ApiException.invalidRequest(
              field
                  + ": only for a dry run; a re-evaluation job uses the serving rules and"
                  + " frameworks on stored evidence (send \"dryRun\": true to preview a candidate)");
        }
      }
      return startJob(root, user);
    }
    AssayEngine current = engines.current();
    boolean stored = root.get("responses") == null || root.get("responses").isNull();
    List<String> assessments = assessments(root.get("assessments"));
    if (!stored && !assessments.isEmpty()) {
      throw ApiException.invalidRequest(
          "assessments: give either \"responses\" or \"assessments\", not both");
    }
    Snapshot snapshot =
        stored
            ? null
            : current
                .inlineSnapshots()
                .build(EvaluationRequestReader.calls(root.get("responses"), limits));
    String framework = EvaluationRequestReader.text(root, "framework", "framework");
    Instant at = EvaluationRequestReader.instant(root.get("at"));
    Instant when = at == null ? Instant.now() : at;
    try (CandidateFiles files = CandidateFiles.of(root, "rules", engines.source(), limits)) {
      Candidate candidate = CandidateCheck.check(files.source());
      if (!candidate.valid()) {
        return RuleController.rejected(
            candidate.problems(), current.ruleBase().version(), "/api/v1/reevaluations");
      }
      ResultDiff diff;
      if (stored) {
        diff = DryRun.of(store.storedEvidence().latest(assessments), current, candidate.engine());
      } else {
        EvaluationResult before = current.evaluate(snapshot, framework, when);
        EvaluationResult after = candidate.engine().evaluate(snapshot, framework, when);
        diff = ResultDiff.between(before, after, null);
      }
      return HttpResponse.ok(PrettyJson.write(diff).getBytes(StandardCharsets.UTF_8))
          .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
  }

  private static List<String> assessments(JsonNode node) {
    List<String> ids = new ArrayList<>();
    if (node == null || node.isNull()) {
      return ids;
    }
    if (!node.isArray()) {
      throw ApiException.invalidRequest(
          "assessments: must be an array of assessment IDs, not "
              + EvaluationRequestReader.kind(node));
    }
    for (JsonNode id : node) {
      if (!id.isTextual()) {
        throw ApiException.invalidRequest("assessments: every ID must be a string");
      }
      ids.add(id.textValue());
    }
    return ids;
  }
}
