package dev.assay.api;

import io.micronaut.http.HttpStatus;

/**
 * A request the API refuses, already classified: the status and problem type clients see, and a
 * detail naming what to fix. Thrown by the API's own code; domain exceptions are translated into it
 * by the exception handlers.
 */
public class ApiException extends RuntimeException {

  static final String MALFORMED_JSON = "urn:assay:problem:malformed-json";
  static final String INVALID_REQUEST = "urn:assay:problem:invalid-request";
  static final String UNKNOWN_FRAMEWORK = "urn:assay:problem:unknown-framework";

  private final HttpStatus status;
  private final String type;
  private final String title;

  public ApiException(HttpStatus status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  /** The body is not JSON at all: 400. */
  public static ApiException malformedJson(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, MALFORMED_JSON, "Malformed JSON", detail);
  }

  /** The body is JSON but not a valid request (wrong types, missing or invalid values): 422. */
  public static ApiException invalidRequest(String detail) {
    return new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY, INVALID_REQUEST, "Invalid request", detail);
  }

  public static ApiException unknownFramework(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, UNKNOWN_FRAMEWORK, "Unknown framework", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public Problem problem(String instance) {
    return new Problem(type, title, status.getCode(), getMessage(), instance);
  }
}
