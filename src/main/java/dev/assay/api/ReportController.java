package dev.assay.api;

import dev.assay.report.ReportRecord;
import dev.assay.report.ReportRequest;
import dev.assay.report.ReportVerification;
import dev.assay.report.ReportVerifier;
import dev.assay.report.Reports;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Assessment reports: build one (written to the assessment's report destination), list those built,
 * fetch the public key reports are signed with, and verify an uploaded report zip.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {

  private final Reports reports;
  private final long maxRequestSize;

  public ReportController(Reports reports, HttpServerConfiguration server) {
    this.reports = reports;
    this.maxRequestSize = server.getMaxRequestSize();
  }

  /** 201 with the report's record (its location, SHA-256, evidence count and signing key). */
  @Post(value = "/assessments/{id}/reports", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<ReportRecord> create(
      String id,
      @Nullable @Body ReportRequest body,
      @Nullable @Header(AssessmentController.USER) String user) {
    return HttpResponse.created(reports.create(id, body, user, null));
  }

  @Get("/assessments/{id}/reports")
  public Map<String, List<ReportRecord>> list(String id) {
    return Map.of("reports", reports.list(id));
  }

  /** The PEM public key of the key that signs this service's reports. */
  @Get(value = "/reports/public-key", produces = "application/x-pem-file")
  public HttpResponse<String> publicKey() {
    return HttpResponse.ok(reports.signingKey().publicPem())
        .header("X-Assay-Key-Id", reports.signingKey().keyId());
  }

  /**
   * The request body is a report zip; 200 with {@code verified} and every problem found, checked
   * against this service's key; 422 when the body is not a zip.
   */
  @Post(value = "/reports/verify", consumes = MediaType.ALL)
  public ReportVerification verify(
      @Body InputStream zip, @Nullable @Header("Content-Length") Long length) {
    if (length != null && length > maxRequestSize) {
      throw tooLarge();
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("assay-verify-", ".zip");
      try (OutputStream out = Files.newOutputStream(temp)) {
        zip.transferTo(out);
      }
      return ReportVerifier.verify(temp, reports.signingKey(), "configured");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() != null
          && e.getCause().getClass().getSimpleName().contains("ContentLengthExceeded")) {
        throw tooLarge();
      }
      throw e;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a temp file left behind holds nothing secret: it is the caller's own upload
        }
      }
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "urn:assay:problem:report-upload-too-large",
        "Report too large to upload",
        "the report is larger than this server accepts (micronaut.server.max-request-size);"
            + " verify it with the CLI: java -jar assay.jar report verify FILE.zip");
  }
}
