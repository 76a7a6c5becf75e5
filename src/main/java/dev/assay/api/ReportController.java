package dev.assay.api;

import dev.assay.report.ReportBuild;
import dev.assay.report.ReportBuilds;
import dev.assay.report.ReportRecord;
import dev.assay.report.ReportRequest;
import dev.assay.report.ReportVerification;
import dev.assay.report.ReportVerifier;
import dev.assay.report.Reports;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.types.files.StreamedFile;
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
 * Assessment reports: build one (written to the assessment's report destination), in the request or
 * in the background, list those built and the builds, download one, fetch the public key reports
 * are signed with, and verify an uploaded report zip.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {

  private final Reports reports;
  private final ReportBuilds builds;
  private final long verifyLimit;

  public ReportController(
      Reports reports, ReportBuilds builds, HttpServerConfiguration server, RequestLimits limits) {
    this.reports = reports;
    this.builds = builds;
    this.verifyLimit = Math.min(server.getMaxRequestSize(), limits.reportVerifyBytes());
  }

  /**
   * Builds a report. By default the build runs within the request: 201 with the report's record
   * (its location, SHA-256, evidence count and signing key). With {@code Prefer: respond-async}
   * (RFC 7240) or {@code ?async=true} the request is checked, then 202 with the build (BUILDING)
   * and a Location to poll while it runs in the background.
   */
  @Post(value = "/assessments/{id}/reports", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> create(
      String id,
      @Nullable @Body ReportRequest body,
      @Nullable @Header(AssessmentController.USER) String user,
      @Nullable @Header("Prefer") String prefer,
      @Nullable @QueryValue Boolean async) {
    if (Boolean.TRUE.equals(async) || (prefer != null && prefer.contains("respond-async"))) {
      ReportBuild build = builds.start(id, body, user);
      return HttpResponse.status(HttpStatus.ACCEPTED)
          .header(HttpHeaders.LOCATION, "/api/v1/assessments/" + id + "/reports/" + build.id())
          .header("Preference-Applied", "respond-async")
          .body(build);
    }
    return HttpResponse.created(reports.create(id, body, user, null));
  }

  /** The reports built, and every background build with its status (BUILDING, READY, FAILED). */
  @Get("/assessments/{id}/reports")
  public Map<String, List<?>> list(String id) {
    return Map.of("reports", reports.list(id), "builds", builds.list(id));
  }

  /** One report or build: its status, and the report's record once READY. */
  @Get("/assessments/{id}/reports/{reportId}")
  public ReportBuild get(String id, String reportId) {
    return builds.find(id, reportId).orElseThrow(() -> unknownReport(id, reportId));
  }

  /**
   * The report's zip, streamed from where it was written (a local directory or S3); 404 for an
   * unknown report or one whose zip is gone, 409 while it is still building or when it failed.
   */
  @Get(value = "/assessments/{id}/reports/{reportId}/download", produces = "application/zip")
  public HttpResponse<StreamedFile> download(String id, String reportId) {
    ReportBuild build = builds.find(id, reportId).orElseThrow(() -> unknownReport(id, reportId));
    if (build.status() != ReportBuild.Status.READY) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "urn:assay:problem:report-not-ready",
          "Report not ready",
          "report "
              + reportId
              + " is "
              + build.status()
              + (build.error() != null ? " (" + build.error() + ")" : "")
              + "; only a READY report can be downloaded");
    }
    ReportRecord r = build.report();
    String name = r.location().substring(r.location().lastIndexOf('/') + 1);
    StreamedFile file =
        new StreamedFile(
            reports.open(r),
            new MediaType("application/zip"),
            r.createdAt().toEpochMilli(),
            r.sizeBytes());
    return HttpResponse.ok(file)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .header("X-Assay-Report-Sha256", r.sha256());
  }

  private static ApiException unknownReport(String id, String reportId) {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        "urn:assay:problem:unknown-report",
        "Not found",
        "assessment " + id + " has no report " + reportId);
  }

  /** The PEM public key of the key that signs this service's reports. */
  @Get(value = "/reports/public-key", produces = "application/x-pem-file")
  public HttpResponse<String> publicKey() {
    return HttpResponse.ok(reports.signingKey().publicPem())
        .header("X-Assay-Key-Id", reports.signingKey().keyId());
  }

  /**
   * The request body is a report zip, streamed to a temporary file (never held in memory), up to
   * assay.limits.report-verify-bytes; 200 with {@code verified} and every problem found, checked
   * against this service's key; 422 when the body is not a zip, 413 over the limit.
   */
  @Post(value = "/reports/verify", consumes = MediaType.ALL)
  public ReportVerification verify(
      @Body InputStream zip, @Nullable @Header("Content-Length") Long length) {
    if (length != null && length > verifyLimit) {
      throw tooLarge();
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("assay-verify-", ".zip");
      try (OutputStream out = Files.newOutputStream(temp)) {
        if (copyAtMost(zip, out, verifyLimit) > verifyLimit) {
          throw tooLarge();
        }
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

  /** Copies until the end or one byte past the limit; returns the bytes copied. */
  private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > limit) {
        return total;
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  private ApiException tooLarge() {
    return new ApiException(
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "urn:assay:problem:report-upload-too-large",
        "Report too large to upload",
        "the report is larger than the "
            + verifyLimit
            + " bytes this server accepts (assay.limits.report-verify-bytes,"
            + " micronaut.server.max-request-size); verify it with the CLI:"
            + " java -jar assay.jar report verify FILE.zip");
  }
}
