package dev.assay.bench;

import dev.assay.json.PrettyJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service measurements alone, for comparing builds on a machine others are loading too: each
 * round measures every jar given, in turn, so a burst of outside load hits all of them alike.
 *
 * <pre>
 * java -cp ... dev.assay.bench.ServiceAB [--rounds 3] [--seconds 6] [--requests N] [--starts 2]
 *     [--reloads 0] A.jar B.jar ...
 * </pre>
 *
 * Prints one line per jar and round (ready time, throughput, latency, CPU per request) and the
 * whole result as JSON at the end.
 */
public final class ServiceAB {

  private ServiceAB() {}

  public static void main(String[] args) throws Exception {
    int rounds = 3;
    int seconds = 6;
    int reloads = 0;
    int starts = 2;
    int requests = 100_000;
    List<Path> jars = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--reloads" -> reloads = Integer.parseInt(args[++i]);
        case "--starts" -> starts = Integer.parseInt(args[++i]);
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        default -> jars.add(Path.of(args[i]));
      }
    }
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (Path jar : jars) {
        Map<String, Object> result =
            new ServiceBench(
                    jar, Path.of("rules"), Path.of("frameworks"), Path.of("examples/snapshot"))
                .requestBudget(requests)
                .measure(starts, Duration.ofSeconds(seconds), reloads);
        all.computeIfAbsent(jar.toString(), k -> new ArrayList<>()).add(result);
        System.out.println(line(round, jar, result));
      }
    }
    System.out.println(PrettyJson.write(all));
  }

  private static String line(int round, Path jar, Map<String, Object> result) {
    Map<String, Object> ready = BenchMain.cast(result.get("readyMs"));
    Map<String, Object> readyCpu = BenchMain.cast(result.get("readyCpuMs"));
    Map<String, Object> http = BenchMain.cast(result.get("http"));
    return String.format(
        "round %d %-24s ready %s-%s ms (cpu %s) | %s req/s p50 %s p99 %s ms, %s errors | cpu/req service %s"
            + " ms, load %s ms | load avg %s",
        round,
        jar.getFileName(),
        ready.get("min"),
        ready.get("max"),
        readyCpu.get("median"),
        http.get("requestsPerSecond"),
        http.get("p50Ms"),
        http.get("p99Ms"),
        http.get("errors"),
        http.get("serviceCpuMsPerRequest"),
        http.get("loadGeneratorCpuMsPerRequest"),
        Machine.loadAverage());
  }
}
