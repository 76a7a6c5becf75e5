package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.reload.EngineHolder;
import dev.assay.report.ExportContext;
import dev.assay.report.Exports;
import dev.assay.report.ResultJson;
import dev.assay.snapshot.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;

/**
 * {@code POST /api/v1/evaluations[?format=...]}: evaluates recorded calls sent inline and answers
 * with the very document the CLI's {@code evaluate --format} prints (json by default), byte for
 * byte.
 */
@Controller("/api/v1/evaluations")
public class EvaluationController {

  private final EngineHolder engines;
  private final RequestLimits limits;

  public EvaluationController(EngineHolder engines, RequestLimits limits) {
    this.engines = engines;
    this.limits = limits;
  }

  /**
   * The body is taken as bytes and parsed by {@link EvaluationRequestReader}, so that bad input
   * gets a detail naming the field; the result is written by {@link ResultJson}, as the CLI does,
   * so both doors give the same bytes. Evaluation is CPU-bound: it runs off the event loop, on
   * {@link EvaluationThreads}, one per core.
   */
  @Post(consumes = MediaType.APPLICATION_JSON)
  @ExecuteOn(EvaluationThreads.NAME)
  public HttpResponse<byte[]> evaluate(
      @Body @Nullable byte[] body, @Nullable @QueryValue String format) {
    Exports exports = format == null ? Exports.JSON : ExportController.parse(format);
    EvaluationRequest request = EvaluationRequestReader.read(body, limits);
    // One engine for the whole request: a reload meanwhile does not change its rules.
    AssayEngine engine = engines.current();
    Snapshot snapshot = engine.inlineSnapshots().build(request.responses());
    Instant at = request.at() == null ? Instant.now() : request.at();
    EvaluationResult result =
        engine.evaluate(snapshot, request.framework(), at, request.manualEvidence());
    // ?format=ocsf|asff|sarif|csv|junit|oscal: the same bytes as evaluate --format.
    byte[] bytes = exports.writeBytes(ExportContext.of(engine, result));
    return HttpResponse.ok(bytes).contentType(MediaType.of(exports.mediaType()));
  }
}
