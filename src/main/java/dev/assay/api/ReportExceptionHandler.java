package dev.assay.api;

import dev.assay.report.ReportException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Refused report requests as problems: 422 a bad selection, a report over the evidence quota or an
 * upload that is no zip; 409 evidence that does not verify; 502 a destination that could not be
 * written (nothing was left there).
 */
@Singleton
class ReportExceptionHandler extends ProblemHandler<ReportException> {

  ReportExceptionHandler(ErrorResponseProcessor<Problem> processor) {
    super(processor);
  }

  @Override
  ApiException translate(ReportException e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID, QUOTA, UNUSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
          case CONFLICT -> HttpStatus.CONFLICT;
          case DESTINATION -> HttpStatus.BAD_GATEWAY;
          case GONE -> HttpStatus.NOT_FOUND;
        };
    String title =
        switch (e.kind()) {
          case INVALID -> "Invalid request";
          case QUOTA -> "Report too large";
          case UNUSABLE -> "Not a report";
          case CONFLICT -> "Evidence does not verify";
          case DESTINATION -> "Report destination failed";
          case GONE -> "Report file missing";
        };
    return new ApiException(status, "urn:assay:problem:" + e.slug(), title, e.getMessage());
  }
}
