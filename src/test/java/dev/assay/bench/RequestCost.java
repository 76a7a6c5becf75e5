package dev.assay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.EvaluationController;
import dev.assay.api.InlineCalls;
import dev.assay.api.RequestLimits;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Evaluator;
import dev.assay.reload.EngineHolder;
import dev.assay.reload.EngineSource;
import dev.assay.report.ResultJson;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.RecordedCall;
import dev.assay.snapshot.Snapshot;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU and memory one HTTP evaluation costs inside the controller, without the server around it:
 * the request the service benchmark sends (one account, 161 resources) evaluated in a loop on one
 * thread, whole and phase by phase, timed with the thread's own CPU clock (steady on a shared
 * machine) and its allocated bytes. Run under JFR to see where each phase goes.
 *
 * <pre>java -cp ... dev.assay.bench.RequestCost [rounds] [phase|all]</pre>
 */
public final class RequestCost {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private RequestCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    String only = args.length > 1 ? args[1] : "all";
    EngineHolder holder =
        EngineHolder.start(
            new EngineSource(
                Path.of("rules"), Path.of("frameworks"), AssayEngine.DEFAULT_FRAMEWORK, null),
            Clock.systemUTC());
    RequestLimits limits =
        new RequestLimits(10_000, 1000, 100, 1_000_000, 64, 5 << 20, 64, 1L << 30);
    EvaluationController controller = new EvaluationController(holder, limits);
    byte[] body = body().getBytes(StandardCharsets.UTF_8);

    AssayEngine engine = holder.current();
    JsonNode tree = InlineCalls.JSON.readTree(body);
    Snapshot snapshot = engine.inlineSnapshots().build(calls(tree));
    Normalization normalization = Normalization.standard();
    NormalizedSnapshot normalized = normalization.normalize(snapshot);
    Instant at = Instant.parse("2026-11-20T00:00:00Z");
    EvaluationResult result =
        new Evaluator()
            .evaluate(normalized, engine.ruleBase(), engine.framework(BenchMain.FRAMEWORK), at);

    Map<String, Supplier<?>> phases = new LinkedHashMap<>();
    phases.put("whole request (controller)", () -> controller.evaluate(body, null));
    phases.put(
        "pipeline by hand",
        () -> {
          Snapshot s = engine.inlineSnapshots().build(calls(readTree(body)));
          EvaluationResult r =
              new Evaluator()
                  .evaluate(
                      normalization.normalize(s),
                      engine.ruleBase(),
                      engine.framework(BenchMain.FRAMEWORK),
                      at);
          return ResultJson.writeBytes(r);
        });
    phases.put("  parse JSON tree", () -> readTree(body));
    com.fasterxml.jackson.databind.ObjectMapper strict =
        new com.fasterxml.jackson.databind.ObjectMapper()
            // As EvaluationRequestReader refuses them: while the tree is built.
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    phases.put(
        "  parse JSON tree, duplicate keys refused",
        () -> {
          try {
            return strict.readTree(body);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
    phases.put("  inline snapshot", () -> engine.inlineSnapshots().build(calls(tree)));
    phases.put("  normalise", () -> normalization.normalize(snapshot));
    phases.put(
        "  evaluate (fire + judge)",
        () ->
            new Evaluator()
                .evaluate(
                    normalized, engine.ruleBase(), engine.framework(BenchMain.FRAMEWORK), at));
    phases.put("  fire only", () -> engine.ruleBase().fire(new ArrayList<>(normalized.facts())));
    phases.put("  write JSON", () -> ResultJson.writeBytes(result));
    phases.put("whole again", () -> controller.evaluate(body, null));
    System.out.printf(
        "request %,d bytes, %d findings; %d rounds after as many warm-ups; thread CPU%n",
        body.length, result.findings().size(), rounds);
    for (var phase : phases.entrySet()) {
      if (!only.equals("all") && !phase.getKey().trim().startsWith(only)) {
        continue;
      }
      measure(phase.getValue(), rounds); // warm-up
      long[] cost = measure(phase.getValue(), rounds);
      System.out.printf(
          "%-42s %8.3f ms CPU  %10.1f KiB allocated  per request%n",
          phase.getKey(), cost[0] / 1e6 / rounds, cost[1] / 1024.0 / rounds);
    }
  }

  /** One thread's CPU nanoseconds and allocated bytes over {@code rounds} runs of {@code task}. */
  static long[] measure(Supplier<?> task, int rounds) {
    long thread = Thread.currentThread().getId();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long bytes = THREADS.getThreadAllocatedBytes(thread);
    for (int i = 0; i < rounds; i++) {
      Stopwatch.sink = task.get();
    }
    return new long[] {
      THREADS.getCurrentThreadCpuTime() - cpu, THREADS.getThreadAllocatedBytes(thread) - bytes
    };
  }

  private static JsonNode readTree(byte[] body) {
    try {
      return InlineCalls.JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body {@link ServiceBench} posts. */
  static String body() throws java.io.IOException {
    ArrayNode calls =
        JsonCalls.oneBigAccount(
            InlineCalls.fromSnapshot(Path.of("examples/snapshot")),
            ServiceBench.ACCOUNT,
            "222222222222");
    ObjectNode body = InlineCalls.request("2026-11-20T00:00:00Z", List.of());
    body.put("framework", BenchMain.FRAMEWORK);
    body.set("responses", calls);
    return body.toString();
  }

  private static List<RecordedCall> calls(JsonNode tree) {
    List<RecordedCall> calls = new ArrayList<>();
    for (JsonNode c : tree.get("responses")) {
      calls.add(
          new RecordedCall(
              c.path("accountId").textValue(),
              c.path("region").textValue(),
              c.path("service").textValue(),
              c.path("operation").textValue(),
              c.path("suffix").textValue(),
              c.get("request"),
              c.get("response"),
              c.get("error")));
    }
    return calls;
  }
}
