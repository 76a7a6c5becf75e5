package dev.assay.api.security;

import dev.assay.api.Problem;
import dev.assay.auth.Caller;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** The problem+json answers of the access checks. */
final class Refusals {

  private Refusals() {}

  static MutableHttpResponse<Problem> unauthorized(HttpRequest<?> request, String why) {
    return problem(
            request,
            HttpStatus.UNAUTHORIZED,
            "urn:assay:problem:unauthenticated",
            "Unauthenticated",
            why)
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            "Bearer realm=\"assay\", error=\"invalid_token\", error_description=\""
                + why.replace('"', '\'')
                + "\"");
  }

  static MutableHttpResponse<Problem> forbidden(HttpRequest<?> request, Caller caller) {
    return problem(
        request,
        HttpStatus.FORBIDDEN,
        "urn:assay:problem:forbidden",
        "Forbidden",
        caller.subject()
            + " (roles "
            + caller.roles().stream().map(r -> r.label()).sorted().toList()
            + ") may not "
            + request.getMethodName()
            + " "
            + request.getPath());
  }

  /**
   * Exactly what the store answers for an unknown assessment, control or delegation ({@code what}),
   * so existence does not leak.
   */
  static MutableHttpResponse<Problem> hidden(HttpRequest<?> request, String what, Object id) {
    return problem(
        request,
        HttpStatus.NOT_FOUND,
        "urn:assay:problem:unknown-" + what,
        "Not found",
        "no " + what + " " + id);
  }

  private static MutableHttpResponse<Problem> problem(
      HttpRequest<?> request, HttpStatus status, String type, String title, String detail) {
    Problem problem = new Problem(type, title, status.getCode(), detail, request.getPath());
    return HttpResponse.<Problem>status(status)
        .body(problem)
        .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
  }
}
