package dev.assay.api;

import dev.assay.api.security.ReadScopes;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.EvidenceFiles;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.Verification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Evidence of an assessment: list by folder (control and collection date), read one item, verify
 * the hash chain, and upload manual evidence (a text answer, or a file streamed as the request
 * body).
 */
@Controller("/api/v1/assessments/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssessmentEvidenceController {

  private final AssessmentStore store;
  private final ReadScopes scopes;
  private final long maxRequestSize;
  private final long maxUploadBytes;

  public AssessmentEvidenceController(
      AssessmentStore store,
      ReadScopes scopes,
      io.micronaut.http.server.HttpServerConfiguration server) {
    this.store = store;
    this.scopes = scopes;
    this.maxRequestSize = server.getMaxRequestSize();
    this.maxUploadBytes = store.settings().maxUploadBytes();
  }

  /**
   * Items in chain order; {@code controlId} and {@code date} (YYYY-MM-DD) pick a folder. A delegate
   * lists the items of the controls delegated to them.
   */
  @Get("/evidence")
  public Map<String, List<EvidenceItem>> list(
      HttpRequest<?> request,
      String id,
      @Nullable @QueryValue String controlId,
      @Nullable @QueryValue String date,
      @Nullable @QueryValue Integer offset,
      @Nullable @QueryValue Integer limit) {
    int max = limit == null ? 100 : limit;
    if (max < 1 || max > 1000 || (offset != null && offset < 0)) {
      throw ApiException.invalidRequest("limit must be 1 to 1000 and offset at least 0");
    }
    return Map.of(
        "evidence",
        store
            .evidence()
            .list(
                id,
                scopes.of(request, id),
                controlId,
                date(date),
                offset == null ? 0 : offset,
                max));
  }

  @Get("/evidence/folders")
  public Map<String, List<EvidenceLedger.Folder>> folders(HttpRequest<?> request, String id) {
    return Map.of("folders", scopes.of(request, id).folders(store.evidence().folders(id)));
  }

  /** 200 with {@code valid: true}, or 200 with {@code valid: false} naming the first bad item. */
  @Get("/evidence/verify")
  public Verification verify(String id) {
    return store.evidence().verify(id);
  }

  /**
   * The item with its content: the recorded response (JSON) or the text answer as a string. An item
   * of a control outside a delegate's sets is answered as unknown evidence.
   */
  @Get("/evidence/{evidenceId}")
  public EvidenceLedger.WithContent get(HttpRequest<?> request, String id, String evidenceId) {
    return store.evidence().get(id, evidenceId, scopes.of(request, id));
  }

  /**
   * The uploaded file of a file item, always as an attachment with {@code nosniff}: evidence is
   * never rendered by the browser, whatever its type.
   */
  @Get("/evidence/{evidenceId}/file")
  public HttpResponse<StreamedFile> file(HttpRequest<?> request, String id, String evidenceId) {
    EvidenceFiles.Download download =
        store.evidence().download(id, evidenceId, scopes.of(request, id));
    return HttpResponse.ok(
            new StreamedFile(
                    download.content(), MediaType.of(download.contentType()), 0, download.size())
                .attach(download.fileName()))
        .header("X-Content-Type-Options", "nosniff");
  }

  /**
   * Imports {@code {"s3": "s3://bucket/key", "resourceArn": null}} as a file; 201 with the item.
   */
  @Post(value = "/controls/{controlId}/evidence/s3", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<EvidenceItem> importS3(
      HttpRequest<?> request,
      String id,
      String controlId,
      @Body AssessmentRequests.S3Evidence body,
      @Nullable @Header(AssessmentController.USER) String user) {
    if (body.s3() == null || body.s3().isBlank()) {
      throw ApiException.invalidRequest("s3: an s3://bucket/key URI is required");
    }
    return HttpResponse.created(
        scopes
            .of(request, id)
            .item(store.uploads().importS3(id, controlId, body.s3(), body.resourceArn(), user)));
  }

  /** A text answer: {@code {"text": "...", "resourceArn": null}}; 201 with the item. */
  @Post(value = "/controls/{controlId}/evidence", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<EvidenceItem> text(
      HttpRequest<?> request,
      String id,
      String controlId,
      @Body AssessmentRequests.TextEvidence body,
      @Nullable @Header(AssessmentController.USER) String user) {
    return HttpResponse.created(
        scopes
            .of(request, id)
            .item(
                store.uploads().uploadText(id, controlId, body.text(), body.resourceArn(), user)));
  }

  /**
   * A file: the request body, streamed to the blob store (never held in memory) up to
   * micronaut.server.max-request-size and assay.assessments.max-upload-bytes; {@code name} is its
   * file name, the Content-Type header its declared type (checked against its bytes).
   */
  @Post(value = "/controls/{controlId}/evidence/file", consumes = MediaType.ALL)
  public HttpResponse<EvidenceItem> file(
      HttpRequest<?> request,
      String id,
      String controlId,
      @QueryValue String name,
      @Nullable @QueryValue String resourceArn,
      @Body InputStream content,
      @Nullable @Header(AssessmentController.USER) String user,
      @Nullable @Header("Content-Length") Long length,
      @Nullable @Header("Content-Type") String contentType) {
    if (length != null && length > Math.min(maxRequestSize, maxUploadBytes)) {
      throw tooLarge();
    }
    try {
      EvidenceItem item =
          store.uploads().uploadFile(id, controlId, name, contentType, resourceArn, content, user);
      return HttpResponse.created(scopes.of(request, id).item(item));
    } catch (java.io.UncheckedIOException e) {
      if (causedBy(e, ContentLengthExceededException.class)) {
        // The server-wide micronaut.server.max-request-size stopped the stream; nothing was kept.
        throw tooLarge();
      }
      throw e;
    }
  }

  private ApiException tooLarge() {
    return new ApiException(
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "urn:assay:problem:evidence-too-large",
        "Evidence too large",
        "the file is larger than this server accepts: at most "
            + Math.min(maxRequestSize, maxUploadBytes)
            + " bytes (micronaut.server.max-request-size, assay.assessments.max-upload-bytes)");
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiException.invalidRequest("date must be YYYY-MM-DD, not " + text);
    }
  }
}
