package dev.assay.api;

import dev.assay.assessment.store.StoreException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database failures as problems. An unreachable database is 503 with {@code Retry-After}: nothing
 * was written (every unit of work is one transaction), the request may be sent again as is, and the
 * pool reconnects by itself when the database is back. Any other database error is a plain 500
 * whose detail stays in the log.
 */
@Singleton
class StoreExceptionHandler extends ProblemHandler<StoreException> {

  /** Seconds a client waits before retrying: about one pool connection timeout. */
  static final String RETRY_AFTER_SECONDS = "5";

  private static final Logger LOG = LoggerFactory.getLogger(StoreExceptionHandler.class);

  StoreExceptionHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(StoreException e) {
    if (e.unavailable()) {
      return new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "urn:assay:problem:database-unavailable",
          "Database unavailable",
          "the database cannot be reached; nothing was changed. Retry after "
              + RETRY_AFTER_SECONDS
              + " seconds.");
    }
    return new ApiException(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "urn:assay:problem:database-error",
        "Database error",
        "The server could not answer this request; its log has the details.");
  }

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, StoreException e) {
    if (e.unavailable()) {
      LOG.warn(
          "{} {}: database unavailable: {}",
          request.getMethod(),
          request.getPath(),
          e.getMessage());
    } else {
      LOG.error("{} {}: database error", request.getMethod(), request.getPath(), e);
    }
    MutableHttpResponse<Problem> response = (MutableHttpResponse<Problem>) super.handle(request, e);
    return e.unavailable()
        ? response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        : response;
  }
}
