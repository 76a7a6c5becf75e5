package dev.assay.api;

import dev.assay.api.security.ReadScopes;
import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentControl;
import dev.assay.assessment.AssessmentControlSet;
import dev.assay.assessment.AssessmentStatus;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Assessments;
import dev.assay.assessment.ChangeLogEntry;
import dev.assay.assessment.Comment;
import dev.assay.assessment.ControlSetStatus;
import dev.assay.assessment.ControlStatus;
import dev.assay.assessment.NewAssessment;
import dev.assay.assessment.ReadScope;
import dev.assay.assessment.Run;
import dev.assay.assessment.Summaries;
import dev.assay.assessment.Summary;
import dev.assay.evaluation.Task;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/assessments}: create, list, summarise and finish assessments; review controls,
 * comment, read change logs; run collections and read runs and tasks. Who acts is the {@code
 * X-Assay-User} header, which the AuthFilter sets to the authenticated caller's subject (admins may
 * name someone else). Every call touches the database, so every call runs off the event loop.
 */
@Controller("/api/v1/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssessmentController {

  static final String USER = "X-Assay-User";
  private static final Logger LOG = LoggerFactory.getLogger(AssessmentController.class);

  private final AssessmentStore store;
  private final ExecutorService background;
  private final dev.assay.api.security.AssessmentVisibility visibility;
  private final ReadScopes scopes;

  public AssessmentController(
      AssessmentStore store,
      @Named(TaskExecutors.BLOCKING) ExecutorService background,
      dev.assay.api.security.AssessmentVisibility visibility,
      ReadScopes scopes) {
    this.store = store;
    this.background = background;
    this.visibility = visibility;
    this.scopes = scopes;
  }

  /** 201 with the assessment; its first collection starts in the background when configured. */
  @Post
  public HttpResponse<Assessment> create(
      @Body AssessmentRequests.Create body, @Nullable @Header(USER) String user) {
    Assessment created =
        store
            .assessments()
            .create(
                new NewAssessment(
                    body.name(),
                    body.description(),
                    body.framework(),
                    body.accounts(),
                    body.regions(),
                    body.owners(),
                    body.reportDestination(),
                    body.tags(),
                    body.snapshotDir()),
                user);
    if (store.settings().collectOnCreate()) {
      background.submit(
          () -> {
            try {
              store.runs().run(created.id(), null, "CREATE", user);
            } catch (RuntimeException e) {
              LOG.warn("first run of assessment {} failed: {}", created.id(), e.getMessage());
            }
          });
    }
    return HttpResponse.created(created, URI.create("/api/v1/assessments/" + created.id()));
  }

  /** Every assessment the caller may read (owners and delegates see only theirs). */
  @Get
  public Map<String, List<Assessment>> list(HttpRequest<?> request) {
    List<Assessment> visible =
        visibility.assessments(
            dev.assay.api.security.AuthFilter.caller(request), store.assessments().list());
    return Map.of(
        "assessments", store.summaries().assessments(visible, id -> scopes.of(request, id)));
  }

  /**
   * The summary: controls by status and domain, non-compliant resources, tasks, last run; a
   * delegate's is that of the control sets delegated to them.
   */
  @Get("/{id}")
  public Summary show(HttpRequest<?> request, String id) {
    return store.summaries().summary(id, scopes.of(request, id));
  }

  /** {@code {"status": "INACTIVE"}}: final; the assessment becomes read-only. */
  @Put("/{id}/status")
  public Assessment setStatus(
      String id, @Body AssessmentRequests.Status body, @Nullable @Header(USER) String user) {
    return store.assessments().setStatus(id, parse(AssessmentStatus.class, body.status()), user);
  }

  @Get("/{id}/control-sets")
  public Map<String, List<AssessmentControlSet>> controlSets(HttpRequest<?> request, String id) {
    return Map.of(
        "controlSets", scopes.of(request, id).controlSets(store.assessments().controlSets(id)));
  }

  /**
   * {@code {"status": "ACTIVE|UNDER_REVIEW|REVIEWED", "comment": "..."}}; the comment is required.
   */
  @Put("/{id}/control-sets/{controlSetId}/status")
  public AssessmentControlSet setControlSetStatus(
      String id,
      String controlSetId,
      @Body AssessmentRequests.Status body,
      @Nullable @Header(USER) String user) {
    return store
        .assessments()
        .setControlSetStatus(
            id, controlSetId, parse(ControlSetStatus.class, body.status()), body.comment(), user);
  }

  @Get("/{id}/controls")
  public Map<String, List<AssessmentControl>> controls(HttpRequest<?> request, String id) {
    return Map.of(
        "controls", scopes.of(request, id).assessmentControls(store.assessments().controls(id)));
  }

  @Get("/{id}/controls/{controlId}")
  public Assessments.ControlDetail control(String id, String controlId) {
    return store.assessments().control(id, controlId);
  }

  /** {@code {"status": "UNDER_REVIEW|REVIEWED|INACTIVE", "comment": "..."}}. */
  @Put("/{id}/controls/{controlId}/status")
  public AssessmentControl setControlStatus(
      String id,
      String controlId,
      @Body AssessmentRequests.Status body,
      @Nullable @Header(USER) String user) {
    return store
        .assessments()
        .setControlStatus(
            id, controlId, parse(ControlStatus.class, body.status()), body.comment(), user);
  }

  @Post("/{id}/controls/{controlId}/comments")
  public HttpResponse<Comment> comment(
      String id,
      String controlId,
      @Body AssessmentRequests.CommentBody body,
      @Nullable @Header(USER) String user) {
    return HttpResponse.created(store.assessments().comment(id, controlId, body.body(), user));
  }

  /** A delegate reads the entries of their sets' controls and sets and of their delegations. */
  @Get("/{id}/changelog")
  public Map<String, List<ChangeLogEntry>> changeLog(
      HttpRequest<?> request, String id, @Nullable @QueryValue String controlId) {
    ReadScope scope = scopes.of(request, id);
    if (controlId != null) {
      scope.requireControl(controlId);
    }
    return Map.of("changeLog", scope.changeLog(store.assessments().changeLog(id, controlId)));
  }

  /** Runs a collection and evaluation now and answers when it is stored: 201 with the run. */
  @Post("/{id}/runs")
  public HttpResponse<Run> run(
      String id,
      @Nullable @Body AssessmentRequests.RunRequest body,
      @Nullable @Header(USER) String user) {
    Path input = body == null || body.snapshotDir() == null ? null : Path.of(body.snapshotDir());
    Run run = store.runs().run(id, input, "MANUAL", user);
    return HttpResponse.created(run, URI.create("/api/v1/assessments/" + id + "/runs/" + run.id()));
  }

  /** A delegate reads each run's gaps and evidence count of the controls delegated to them. */
  @Get("/{id}/runs")
  public Map<String, List<Run>> runs(HttpRequest<?> request, String id) {
    return Map.of("runs", store.summaries().runs(id, scopes.of(request, id)));
  }

  /** A delegate reads the results, findings, tasks and gaps of the controls delegated to them. */
  @Get("/{id}/runs/{runId}")
  public Summaries.RunDetail runDetail(HttpRequest<?> request, String id, String runId) {
    return store.summaries().run(id, runId, scopes.of(request, id));
  }

  /** The tasks of the last successful run. */
  @Get("/{id}/tasks")
  public Map<String, List<Task>> tasks(HttpRequest<?> request, String id) {
    return Map.of("tasks", scopes.of(request, id).tasks(store.summaries().tasks(id)));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidRequest(
          "status must be one of "
              + java.util.Arrays.toString(type.getEnumConstants())
              + ", not "
              + value);
    }
  }
}
