package dev.assay.api;

import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Renders the API's own refusals. */
@Singleton
class ApiExceptionHandler extends ProblemHandler<ApiException> {

  ApiExceptionHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(ApiException exception) {
    return exception;
  }
}
