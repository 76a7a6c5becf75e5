package dev.assay.api;

import dev.assay.assessment.AssessmentException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Refusals of the assessment store as problems: 404 unknown assessment, control, run or evidence;
 * 422 invalid input; 409 an inactive assessment or control, or a reviewed control; 429 a quota; 413
 * a file over the size limit. The type is {@code urn:assay:problem:<slug>}.
 */
@Singleton
class AssessmentExceptionHandler extends ProblemHandler<AssessmentException> {

  AssessmentExceptionHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(AssessmentException e) {
    HttpStatus status =
        switch (e.kind()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
          case CONFLICT -> HttpStatus.CONFLICT;
          case QUOTA -> HttpStatus.TOO_MANY_REQUESTS;
          case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
          case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    String title =
        switch (e.slug()) {
          case "assessment-inactive" -> "Assessment inactive";
          case "control-inactive" -> "Control inactive";
          case "control-reviewed" -> "Control reviewed";
          case "quota-exceeded" -> "Quota exceeded";
          case "evidence-too-large" -> "Evidence too large";
          case "unsupported-evidence-type" -> "Unsupported evidence type";
          case "unknown-framework" -> "Unknown framework";
          case "invalid-request" -> "Invalid request";
          default ->
              e.kind() == AssessmentException.Kind.NOT_FOUND ? "Not found" : status.getReason();
        };
    return new ApiException(status, "urn:assay:problem:" + e.slug(), title, e.getMessage());
  }
}
