package dev.assay.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock times of repeated runs of one task, in milliseconds. */
final class Stopwatch {

  /** Keeps results reachable so the JIT cannot drop the work that made them. */
  static volatile Object sink;

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private final List<Double> millis = new ArrayList<>();

  /**
   * CPU time of the whole process (every thread, GC and JIT included) during each measured run: on
   * a busy machine wall time counts waiting for a core, CPU time does not.
   */
  private final List<Double> cpuMillis = new ArrayList<>();

  /** Runs the task; records its time when {@code measured} (warm-up runs are not recorded). */
  void run(boolean measured, Supplier<?> task) {
    if (measured) {
      System.gc();
    }
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    sink = task.get();
    double ms = (System.nanoTime() - start) / 1e6;
    if (measured) {
      millis.add(ms);
      cpuMillis.add((OS.getProcessCpuTime() - cpu) / 1e6);
    }
  }

  /** Records a time measured elsewhere (in another process, say). */
  void record(double ms) {
    millis.add(ms);
  }

  double median() {
    List<Double> sorted = millis.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  double cpuMedian() {
    List<Double> sorted = cpuMillis.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  double min() {
    return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("median", EvaluationBench.round(median(), 1));
    out.put("min", EvaluationBench.round(min(), 1));
    out.put(
        "max",
        EvaluationBench.round(
            millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), 1));
    out.put("runs", millis.size());
    if (!cpuMillis.isEmpty()) {
      out.put("cpuMedian", EvaluationBench.round(cpuMedian(), 1));
    }
    return out;
  }
}
