package dev.assay.bench;

import dev.assay.api.RequestLimits;
import dev.assay.api.RequestReaders;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Evaluator;
import dev.assay.json.PrettyJson;
import dev.assay.reload.EngineHolder;
import dev.assay.reload.EngineSource;
import dev.assay.report.ResultJson;
import dev.assay.snapshot.Normalization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The request path's parts before and after, in one process on one thread, alternating in blocks so
 * that outside load hits both alike: reading the body as a tree or as served, and writing the
 * result with Jackson ({@link PrettyJson}, what the API used before) or as served ({@link
 * ResultJson}). Prints the median of the blocks' thread CPU and allocation per request.
 *
 * <pre>java -cp ... dev.assay.bench.RequestPathAB [blocks] [rounds per block]</pre>
 */
public final class RequestPathAB {

  private RequestPathAB() {}

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    EngineHolder holder =
        EngineHolder.start(
            new EngineSource(
                Path.of("rules"), Path.of("frameworks"), AssayEngine.DEFAULT_FRAMEWORK, null),
            Clock.systemUTC());
    RequestLimits limits =
        new RequestLimits(10_000, 1000, 100, 1_000_000, 64, 5 << 20, 64, 1L << 30);
    byte[] body = RequestCost.body().getBytes(StandardCharsets.UTF_8);
    AssayEngine engine = holder.current();
    EvaluationResult result =
        new Evaluator()
            .evaluate(
                Normalization.standard()
                    .normalize(
                        engine
                            .inlineSnapshots()
                            .build(
                                ((dev.assay.api.EvaluationRequest)
                                        RequestReaders.asServed(body, limits))
                                    .responses())),
                engine.ruleBase(),
                engine.framework(BenchMain.FRAMEWORK),
                Instant.parse("2026-11-20T00:00:00Z"));
    if (!Arrays.equals(PrettyJson.writeBytes(result), ResultJson.writeBytes(result))
        || !RequestReaders.byTree(body, limits).equals(RequestReaders.asServed(body, limits))) {
      throw new IllegalStateException("before and after differ");
    }
    compare(
        "read request",
        () -> RequestReaders.byTree(body, limits),
        () -> RequestReaders.asServed(body, limits),
        blocks,
        rounds);
    compare(
        "read request + inline snapshot",
        () ->
            engine
                .inlineSnapshots()
                .build(
                    ((dev.assay.api.EvaluationRequest) RequestReaders.byTree(body, limits))
                        .responses()),
        () ->
            engine
                .inlineSnapshots()
                .build(
                    ((dev.assay.api.EvaluationRequest) RequestReaders.asServed(body, limits))
                        .responses()),
        blocks,
        rounds);
    compare(
        "write result",
        () -> PrettyJson.writeBytes(result),
        () -> ResultJson.writeBytes(result),
        blocks,
        rounds);
  }

  private static void compare(
      String what, Supplier<?> before, Supplier<?> after, int blocks, int rounds) {
    for (int i = 0; i < 3; i++) {
      RequestCost.measure(before, rounds);
      RequestCost.measure(after, rounds);
    }
    long[][] b = new long[2][blocks];
    long[][] a = new long[2][blocks];
    for (int i = 0; i < blocks; i++) {
      long[] x = RequestCost.measure(before, rounds);
      long[] y = RequestCost.measure(after, rounds);
      b[0][i] = x[0];
      b[1][i] = x[1];
      a[0][i] = y[0];
      a[1][i] = y[1];
    }
    System.out.printf(
        "%-34s before %7.3f ms CPU (blocks %7.3f-%7.3f) %8.1f KiB | after %7.3f ms CPU"
            + " (blocks %7.3f-%7.3f) %8.1f KiB  per request%n",
        what,
        median(b[0]) / 1e6 / rounds,
        min(b[0]) / 1e6 / rounds,
        max(b[0]) / 1e6 / rounds,
        median(b[1]) / 1024.0 / rounds,
        median(a[0]) / 1e6 / rounds,
        min(a[0]) / 1e6 / rounds,
        max(a[0]) / 1e6 / rounds,
        median(a[1]) / 1024.0 / rounds);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static long max(long[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
