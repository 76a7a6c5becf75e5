package dev.assay.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Renders every error response of the server as {@code application/problem+json}: Micronaut's own
 * (unknown route, wrong method, unsupported media type, body too large) and Assay's. Replacing the
 * processor rather than only the JSON body provider also covers clients that accept HTML, which
 * Micronaut would otherwise answer with an HTML page.
 */
@Singleton
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

  private final HttpServerConfiguration server;

  public ProblemResponseProcessor(HttpServerConfiguration server) {
    this.server = server;
  }

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    MutableHttpResponse<Problem> problemResponse = (MutableHttpResponse<Problem>) response;
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return problemResponse;
    }
    String path = context.getRequest().getPath();
    Problem problem =
        context
            .getRootCause()
            .filter(ApiException.class::isInstance)
            .map(cause -> ((ApiException) cause).problem(path))
            .orElseGet(() -> fromStatus(context, response.code(), path));
    return problemResponse.body(problem).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
  }

  private Problem fromStatus(ErrorContext context, int code, String path) {
    if (code == 413) {
      return tooLarge(context, path);
    }
    String title = reason(code);
    return new Problem(Problem.ABOUT_BLANK, title, code, detail(context, code, path, title), path);
  }

  private static String detail(ErrorContext context, int code, String path, String title) {
    if (code >= 500) {
      // Exception messages of unexpected failures may expose internals; the log has them.
      return "The server could not answer this request; its log has the details.";
    }
    if (code == 404) {
      // Micronaut's own message for an unknown route is "Page Not Found".
      return "No resource at " + path + ".";
    }
    return context.getErrors().stream()
        .map(Error::getMessage)
        .filter(message -> message != null && !message.isBlank())
        .findFirst()
        .orElse(title);
  }

  /** Micronaut's own 413, reworded to name the limit that applies and the key that sets it. */
  private Problem tooLarge(ErrorContext context, String path) {
    String micronaut = detail(context, 413, path, "");
    boolean buffered = micronaut.contains("bufferable");
    long limit = buffered ? server.getMaxRequestBufferSize() : server.getMaxRequestSize();
    String detail =
        "the request body is larger than the limit of "
            + limit
            + " bytes"
            + (buffered
                ? " for a body read whole (micronaut.server.max-request-buffer-size); only"
                    + " evidence file uploads and report verification are streamed, up to"
                    + " micronaut.server.max-request-size"
                : " (micronaut.server.max-request-size)")
            + ". "
            + micronaut.lines().findFirst().orElse("").replaceAll("\\. Note that.*", ".");
    return new Problem(RequestLimits.LIMIT_EXCEEDED, "Limit exceeded", 413, detail, path);
  }

  private static String reason(int code) {
    try {
      return HttpStatus.valueOf(code).getReason();
    } catch (IllegalArgumentException unknown) {
      return "HTTP " + code;
    }
  }
}
