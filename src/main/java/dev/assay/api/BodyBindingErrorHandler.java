package dev.assay.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON body that is a bare number where a request object is expected ({@code 3.1e299}) makes
 * Micronaut's record binding throw an {@link IllegalArgumentException} ("Expected exactly [n]
 * constructor arguments") instead of a binding error; found by the fuzz test. Such a failure while
 * binding the body is the client's mistake: 400. Any other IllegalArgumentException is a bug of
 * ours and stays a logged 500.
 */
@Singleton
class BodyBindingErrorHandler
    implements ExceptionHandler<IllegalArgumentException, HttpResponse<Problem>> {

  private static final Logger LOG = LoggerFactory.getLogger(BodyBindingErrorHandler.class);

  private final ErrorResponseProcessor<Problem> processor;

  BodyBindingErrorHandler(ErrorResponseProcessor<Problem> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, IllegalArgumentException exception) {
    if (whileBindingTheBody(exception)) {
      ApiException problem =
          ApiException.malformedJson(
              "the body must be a JSON object with the request's fields, not a bare value");
      return processor.processResponse(
          ErrorContext.builder(request).cause(problem).errorMessage(problem.getMessage()).build(),
          HttpResponse.status(problem.status()));
    }
    LOG.error(
        "Unexpected error answering {} {}", request.getMethod(), request.getPath(), exception);
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(),
        HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR));
  }

  private static boolean whileBindingTheBody(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("io.micronaut.http.server.netty.binders.NettyBodyAnnotationBinder")
          || type.startsWith("io.micronaut.json.body.JsonMessageHandler")) {
        return true;
      }
    }
    return false;
  }
}
