package dev.assay.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the numbers were measured on, and how busy the machine was meanwhile. */
final class Machine {

  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    out.put("commit", System.getProperty("assay.bench.commit", "unknown"));
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("cpu", cpuModel());
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      out.put("memoryGiB", EvaluationBench.round(os.getTotalMemorySize() / 1073741824.0, 1));
    }
    out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.put(
        "jvm",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    out.put("loadAverageAtStart", loadAverage());
    return out;
  }

  /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(
          "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
