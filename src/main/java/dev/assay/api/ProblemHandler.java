package dev.assay.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/**
 * Turns an exception into a problem response: the subclass says which {@link ApiException} it
 * means, the {@link ProblemResponseProcessor} renders it like every other error.
 */
abstract class ProblemHandler<T extends Throwable>
    implements ExceptionHandler<T, HttpResponse<Problem>> {

  private final ErrorResponseProcessor<Problem> processor;

  ProblemHandler(ErrorResponseProcessor<Problem> processor) {
    this.processor = processor;
  }

  abstract ApiException translate(T exception);

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, T exception) {
    ApiException problem = translate(exception);
    ErrorContext context =
        ErrorContext.builder(request).cause(problem).errorMessage(problem.getMessage()).build();
    return processor.processResponse(context, HttpResponse.status(problem.status()));
  }
}
