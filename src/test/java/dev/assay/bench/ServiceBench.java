package dev.assay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.InlineCalls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service as users run it: time to ready after start, one-account evaluations under 32
 * concurrent clients, and a rule edit taken live while requests keep coming.
 */
final class ServiceBench {

  static final String ACCOUNT = "111111111111";

  private final Path jar;
  private final Path rules;
  private final Path frameworks;
  private final Path example;
  private int requestBudget = 100_000;

  ServiceBench(Path jar, Path rules, Path frameworks, Path example) {
    this.jar = jar;
    this.rules = rules;
    this.frameworks = frameworks;
    this.example = example;
  }

  /**
   * Caps the warm-up and the measured run at {@code requests} each: on a loaded machine a fixed
   * count warms the JIT alike for every build compared, where a fixed time does not.
   */
  ServiceBench requestBudget(int requests) {
    this.requestBudget = requests;
    return this;
  }

  Map<String, Object> measure(int starts, Duration loadTime, int reloads) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    Stopwatch ready = new Stopwatch();
    Stopwatch readyCpu = new Stopwatch();
    for (int i = 1; i < starts; i++) {
      try (ServiceProcess service = ServiceProcess.start(jar, rules, frameworks)) {
        ready.record(service.awaitReady(Duration.ofSeconds(300)));
        readyCpu.record(service.cpuMs());
      }
    }
    try (ServiceProcess service = ServiceProcess.start(jar, rules, frameworks)) {
      ready.record(service.awaitReady(Duration.ofSeconds(300)));
      readyCpu.record(service.cpuMs());
      out.put("readyMs", ready.summary());
      // CPU the service used until ready: what startup costs, whatever else the machine runs.
      out.put("readyCpuMs", readyCpu.summary());
      out.put("http", http(service, loadTime));
      if (reloads > 0) {
        out.put("reload", new ReloadProbe(service).measure(reloads));
      }
    }
    return out;
  }

  private Map<String, Object> http(ServiceProcess service, Duration loadTime) throws Exception {
    ArrayNode calls =
        JsonCalls.oneBigAccount(InlineCalls.fromSnapshot(example), ACCOUNT, "222222222222");
    ObjectNode body = InlineCalls.request("2026-11-20T00:00:00Z", List.of());
    body.put("framework", BenchMain.FRAMEWORK);
    body.set("responses", calls);
    HttpLoad load = new HttpLoad(service.base.resolve("/api/v1/evaluations"), body.toString());
    LoopbackConnection.Response first = load.once();
    if (first.status() != 200) {
      throw new IllegalStateException("evaluation failed: " + first.status() + " " + first.text());
    }
    JsonNode result = InlineCalls.JSON.readTree(first.body());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requestBytes", body.toString().length());
    out.put("findingsPerResponse", result.get("findings").size());
    out.put("resourcesPerRequest", JsonCalls.resources(result));
    load.run(32, loadTime.dividedBy(3), requestBudget);
    double serviceCpu = service.cpuMs();
    double loadCpu = ownCpuMs();
    Map<String, Object> run = load.run(32, loadTime, requestBudget);
    long requests = ((Number) run.get("requests")).longValue();
    out.putAll(run);
    // CPU per request is steadier than wall time on a shared machine.
    out.put(
        "serviceCpuMsPerRequest",
        EvaluationBench.round((service.cpuMs() - serviceCpu) / Math.max(1, requests), 3));
    out.put(
        "loadGeneratorCpuMsPerRequest",
        EvaluationBench.round((ownCpuMs() - loadCpu) / Math.max(1, requests), 3));
    return out;
  }

  private static double ownCpuMs() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(d -> d.toNanos() / 1e6)
        .orElse(Double.NaN);
  }
}
