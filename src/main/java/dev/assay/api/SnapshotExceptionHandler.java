package dev.assay.api;

import dev.assay.snapshot.SnapshotException;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Inline calls that do not form a snapshot (a missing account, an invalid region, a bad envelope)
 * are well-formed JSON with invalid content: 422, with the snapshot reader's message as detail.
 */
@Singleton
class SnapshotExceptionHandler extends ProblemHandler<SnapshotException> {

  SnapshotExceptionHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(SnapshotException exception) {
    return ApiException.invalidRequest(exception.getMessage());
  }
}
