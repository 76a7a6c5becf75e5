package dev.assay.api;

import dev.assay.evaluation.UnknownFrameworkException;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A framework ID no loaded framework has, in a path or an evaluation request: 404. */
@Singleton
class UnknownFrameworkHandler extends ProblemHandler<UnknownFrameworkException> {

  UnknownFrameworkHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(UnknownFrameworkException exception) {
    return ApiException.unknownFramework(exception.getMessage());
  }
}
