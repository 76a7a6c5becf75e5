package dev.assay.api;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.ControlHistory;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /api/v1/assessments/{id}/controls/{controlId}/history}: the control's result in every
 * successful run, oldest first, under whatever ID the framework gave it then (renames followed).
 */
@Controller("/api/v1/assessments/{id}/controls/{controlId}/history")
public class ControlHistoryController {

  private final AssessmentStore store;

  public ControlHistoryController(AssessmentStore store) {
    this.store = store;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public ControlHistory.History history(String id, String controlId) {
    return store.controlHistory().of(id, controlId);
  }
}
