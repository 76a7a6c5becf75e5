package dev.assay.api;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.Verification;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.server.types.files.SystemFile;
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
  private final long maxRequestSize;

  public AssessmentEvidenceController(
      AssessmentStore store, io.micronaut.http.server.HttpServerConfiguration server) {
    this.store = store;
    this.maxRequestSize = server.getMaxRequestSize();
  }

  /** Items in chain order; {@code controlId} and {@code date} (YYYY-MM-DD) pick a folder. */
  @Get("/evidence")
  public Map<String, List<EvidenceItem>> list(
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
        store.evidence().list(id, controlId, date(date), offset == null ? 0 : offset, max));
  }

  @Get("/evidence/folders")
  public Map<String, List<EvidenceLedger.Folder>> folders(String id) {
    return Map.of("folders", store.evidence().folders(id));
  }

  /** 200 with {@code valid: true}, or 200 with {@code valid: false} naming the first bad item. */
  @Get("/evidence/verify")
  public Verification verify(String id) {
    return store.evidence().verify(id);
  }

  /** The item with its content: the recorded response (JSON) or the text answer as a string. */
  @Get("/evidence/{evidenceId}")
  public EvidenceLedger.WithContent get(String id, String evidenceId) {
    return store.evidence().get(id, evidenceId);
  }

  /** The uploaded file of a file item. */
  @Get("/evidence/{evidenceId}/file")
  public HttpResponse<SystemFile> file(String id, String evidenceId) {
    EvidenceItem item = store.evidence().get(id, evidenceId).item();
    if (item.type() != EvidenceType.MANUAL_FILE) {
      throw ApiException.invalidRequest("evidence " + evidenceId + " is not a file");
    }
    return HttpResponse.ok(
        new SystemFile(
                store.evidence().file(item).toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
            .attach(item.fileName()));
  }

  /** A text answer: {@code {"text": "...", "resourceArn": null}}; 201 with the item. */
  @Post(value = "/controls/{controlId}/evidence", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<EvidenceItem> text(
      String id,
      String controlId,
      @Body AssessmentRequests.TextEvidence body,
      @Nullable @Header(AssessmentController.USER) String user) {
    return HttpResponse.created(
        store.evidence().uploadText(id, controlId, body.text(), body.resourceArn(), user));
  }

  /** A file: the request body, streamed to the blob store; {@code name} is its file name. */
  @Post(value = "/controls/{controlId}/evidence/file", consumes = MediaType.ALL)
  public HttpResponse<EvidenceItem> file(
      String id,
      String controlId,
      @QueryValue String name,
      @Nullable @QueryValue String resourceArn,
      @Body InputStream content,
      @Nullable @Header(AssessmentController.USER) String user,
      @Nullable @Header("Content-Length") Long length) {
    if (length != null && length > maxRequestSize) {
      throw tooLarge();
    }
    try {
      return HttpResponse.created(
          store.evidence().uploadFile(id, controlId, name, resourceArn, content, user));
    } catch (java.io.UncheckedIOException e) {
      if (causedBy(e, ContentLengthExceededException.class)) {
        // The server-wide micronaut.server.max-request-size stopped the stream; nothing was kept.
        throw tooLarge();
      }
      throw e;
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "urn:assay:problem:evidence-too-large",
        "Evidence too large",
        "the request body is larger than this server accepts (micronaut.server.max-request-size);"
            + " upload larger files with the CLI (evidence upload --file) or raise that limit");
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
