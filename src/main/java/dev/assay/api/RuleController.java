package dev.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.AssessmentStore;
import dev.assay.reload.Candidate;
import dev.assay.reload.CandidateCheck;
import dev.assay.reload.EngineHolder;
import dev.assay.reload.ReloadOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/rules}: what the serving rule base checks, the versions that served, a forced
 * reload, and validation of a candidate rule set before it goes live.
 */
@Controller("/api/v1/rules")
public class RuleController {

  static final String RULES_REJECTED = "urn:assay:problem:rules-rejected";
  static final String RELOAD_DISABLED = "urn:assay:problem:reload-disabled";

  private final EngineHolder engines;
  private final ReloadConfiguration reload;
  private final AssessmentStore store;
  private final RequestLimits limits;

  public RuleController(
      EngineHolder engines,
      ReloadConfiguration reload,
      AssessmentStore store,
      RequestLimits limits) {
    this.engines = engines;
    this.reload = reload;
    this.store = store;
    this.limits = limits;
  }

  @Get
  public RuleCatalogueView rules() {
    return RuleCatalogueView.of(engines.current().ruleBase(), engines.rejected().orElse(null));
  }

  /** Every version that served, as recorded in the store: across restarts, oldest first. */
  @Get("/versions")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public RuleVersionsView.Versions versions() {
    return new RuleVersionsView.Versions(
        engines.serving().ruleBaseVersion(),
        store.servedVersions().all().stream().map(RuleVersionsView.Version::of).toList());
  }

  /**
   * Loads the files now: 200 with the serving version when they are valid (taken, or unchanged),
   * 422 with every problem when they are not, the old version still serving.
   */
  @Post("/reload")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> reload() {
    if (!reload.enabled()) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          RELOAD_DISABLED,
          "Reload disabled",
          "reload is switched off by configuration (assay.reload.enabled=false)");
    }
    ReloadOutcome outcome = engines.reload("manual");
    if (!outcome.rejected()) {
      return HttpResponse.ok(
          new RuleVersionsView.Reloaded(
              outcome.swapped(), outcome.millis(), RuleVersionsView.Version.of(outcome.serving())));
    }
    return rejected(
        outcome.rejection().problems(),
        outcome.serving().ruleBaseVersion(),
        "/api/v1/rules/reload");
  }

  /** A 422 problem listing every problem of a candidate, and the version still serving. */
  static HttpResponse<?> rejected(List<String> problems, String serving, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", RULES_REJECTED);
    problem.put("title", "Rules rejected");
    problem.put("status", 422);
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    problem.put("detail", count + "; rule base " + serving + " keeps serving");
    problem.put("instance", instance);
    problem.put("problems", problems);
    problem.put("serving", serving);
    return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(problem)
        .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
  }

  /**
   * Checks a candidate rule set as a reload would, without taking it: {@code {"files":
   * {"secure.drl": "..."}, "frameworks": {"genai-starter.yaml": "..."}}}, laid over the serving
   * directories. Always 200 for a well-formed request; {@code valid} and {@code problems} say the
   * verdict.
   */
  @Post(value = "/validate", consumes = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public RuleVersionsView.Validation validate(@Body @Nullable byte[] body) {
    JsonNode root = EvaluationRequestReader.parse(body, limits);
    if (!root.isObject()) {
      throw ApiException.invalidRequest(
          "the body must be a JSON object with \"files\", not "
              + EvaluationRequestReader.kind(root));
    }
    EvaluationRequestReader.rejectUnknownFields("", root, Set.of("files", "frameworks"));
    try (CandidateFiles files = CandidateFiles.of(root, "files", engines.source(), limits)) {
      Candidate candidate = CandidateCheck.check(files.source());
      return new RuleVersionsView.Validation(
          candidate.valid(),
          candidate.valid() ? candidate.engine().ruleBase().version() : null,
          candidate.valid() ? candidate.engine().frameworks().version() : null,
          candidate.problems());
    }
  }
}
