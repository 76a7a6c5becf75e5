package dev.assay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.InlineCalls;
import java.net.http.HttpResponse;
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

  ServiceBench(Path jar, Path rules, Path frameworks, Path example) {
    this.jar = jar;
    this.rules = rules;
    this.frameworks = frameworks;
    this.example = example;
  }

  Map<String, Object> measure(int starts, Duration loadTime, int reloads) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    Stopwatch ready = new Stopwatch();
    for (int i = 1; i < starts; i++) {
      try (ServiceProcess service = ServiceProcess.start(jar, rules, frameworks)) {
        ready.record(service.awaitReady(Duration.ofSeconds(120)));
      }
    }
    try (ServiceProcess service = ServiceProcess.start(jar, rules, frameworks)) {
      ready.record(service.awaitReady(Duration.ofSeconds(120)));
      out.put("readyMs", ready.summary());
      out.put("http", http(service, loadTime));
      out.put("reload", new ReloadProbe(service).measure(reloads));
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
    HttpResponse<String> first = load.once();
    if (first.statusCode() != 200) {
      throw new IllegalStateException(
          "evaluation failed: " + first.statusCode() + " " + first.body());
    }
    JsonNode result = InlineCalls.JSON.readTree(first.body());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requestBytes", body.toString().length());
    out.put("findingsPerResponse", result.get("findings").size());
    out.put("resourcesPerRequest", JsonCalls.resources(result));
    load.run(32, loadTime.dividedBy(3), 100_000);
    out.putAll(load.run(32, loadTime, 100_000));
    return out;
  }
}
