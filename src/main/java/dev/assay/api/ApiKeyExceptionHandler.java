package dev.assay.api;

import dev.assay.auth.ApiKeyException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Refused API-key requests: 422 invalid input, 404 unknown key. */
@Singleton
class ApiKeyExceptionHandler extends ProblemHandler<ApiKeyException> {

  ApiKeyExceptionHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(ApiKeyException e) {
    return e.kind() == ApiKeyException.Kind.NOT_FOUND
        ? new ApiException(
            HttpStatus.NOT_FOUND, "urn:assay:problem:unknown-api-key", "Not found", e.getMessage())
        : ApiException.invalidRequest(e.getMessage());
  }
}
