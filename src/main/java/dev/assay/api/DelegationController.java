package dev.assay.api;

import dev.assay.api.security.AssessmentVisibility;
import dev.assay.api.security.AuthFilter;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Delegation;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/assessments/{id}/delegations} (issue 5): owners delegate a control set to a
 * reviewer, the reviewer submits it back for review, an owner completes it. Each step is in the
 * assessment's change log.
 */
@Controller("/api/v1/assessments/{id}/delegations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DelegationController {

  /**
   * @param delegate the reviewer's subject (their JWT {@code sub} or API key subject)
   */
  @Introspected
  record Create(
      @Nullable String controlSetId, @Nullable String delegate, @Nullable String comment) {}

  @Introspected
  record Step(@Nullable String comment) {}

  private final AssessmentStore store;
  private final AssessmentVisibility visibility;

  public DelegationController(AssessmentStore store, AssessmentVisibility visibility) {
    this.store = store;
    this.visibility = visibility;
  }

  @Post
  public HttpResponse<Delegation> create(HttpRequest<?> request, String id, @Body Create body) {
    if (body.controlSetId() == null || body.controlSetId().isBlank()) {
      throw ApiException.invalidRequest("controlSetId is required");
    }
    Delegation d =
        store
            .delegations()
            .create(id, body.controlSetId(), body.delegate(), body.comment(), who(request));
    return HttpResponse.created(
        d, URI.create("/api/v1/assessments/" + id + "/delegations/" + d.id()));
  }

  /** Every delegation for owners and readers; a delegate sees only their own. */
  @Get
  public Map<String, List<Delegation>> list(HttpRequest<?> request, String id) {
    return Map.of(
        "delegations",
        visibility.delegations(AuthFilter.caller(request), id, store.delegations().list(id)));
  }

  @Post("/{delegationId}/submit")
  public Delegation submit(
      HttpRequest<?> request, String id, String delegationId, @Nullable @Body Step body) {
    return store
        .delegations()
        .submit(id, delegationId, body == null ? null : body.comment(), who(request));
  }

  @Post("/{delegationId}/complete")
  public Delegation complete(
      HttpRequest<?> request, String id, String delegationId, @Nullable @Body Step body) {
    return store
        .delegations()
        .complete(id, delegationId, body == null ? null : body.comment(), who(request));
  }

  private static String who(HttpRequest<?> request) {
    return AuthFilter.caller(request).subject();
  }
}
