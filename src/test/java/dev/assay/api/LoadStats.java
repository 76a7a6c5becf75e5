package dev.assay.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and errors per operation of a load run, and their summary as JSON. */
final class LoadStats {

  private static final int MAX_ERRORS_KEPT = 20;

  private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final List<String> firstErrors = new ArrayList<>();

  void ok(String operation, long elapsedNanos) {
    List<Long> list = nanos.computeIfAbsent(operation, k -> new ArrayList<>());
    synchronized (list) {
      list.add(elapsedNanos);
    }
  }

  void error(String operation, String what) {
    errors.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
    synchronized (firstErrors) {
      if (firstErrors.size() < MAX_ERRORS_KEPT) {
        firstErrors.add(operation + ": " + what);
      }
    }
  }

  long errorCount() {
    return errors.values().stream().mapToLong(AtomicLong::get).sum();
  }

  List<String> firstErrors() {
    synchronized (firstErrors) {
      return List.copyOf(firstErrors);
    }
  }

  /** Per operation: count, errors, throughput and latency percentiles in milliseconds. */
  ObjectNode toJson(double seconds) {
    ObjectNode ops = InlineCalls.JSON.createObjectNode();
    long total = 0;
    long[] all = new long[0];
    Map<String, List<Long>> sorted = new TreeMap<>(nanos);
    errors.keySet().forEach(k -> sorted.putIfAbsent(k, List.of()));
    for (Map.Entry<String, List<Long>> e : sorted.entrySet()) {
      long[] values;
      synchronized (e.getValue()) {
        values = e.getValue().stream().mapToLong(Long::longValue).toArray();
      }
      long failed = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
      ops.set(e.getKey(), summary(values, failed, seconds));
      total += values.length;
      long[] merged = Arrays.copyOf(all, all.length + values.length);
      System.arraycopy(values, 0, merged, all.length, values.length);
      all = merged;
    }
    ObjectNode doc = InlineCalls.JSON.createObjectNode();
    doc.set("operations", ops);
    doc.set("total", summary(all, errorCount(), seconds));
    doc.put("requests", total);
    return doc;
  }

  private static ObjectNode summary(long[] values, long failed, double seconds) {
    Arrays.sort(values);
    ObjectNode s = InlineCalls.JSON.createObjectNode();
    s.put("count", values.length);
    s.put("errors", failed);
    s.put("throughputPerSecond", round(values.length / seconds));
    ObjectNode ms = s.putObject("latencyMs");
    ms.put("p50", millis(percentile(values, 50)));
    ms.put("p95", millis(percentile(values, 95)));
    ms.put("p99", millis(percentile(values, 99)));
    ms.put("max", millis(values.length == 0 ? 0 : values[values.length - 1]));
    ms.put("mean", millis((long) Arrays.stream(values).average().orElse(0)));
    return s;
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return round(nanos / 1_000_000.0);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
