package dev.assay.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code clients} threads each send the same POST on their own
 * keep-alive connection, one at a time, until the time is up or the request budget is spent.
 * Bounded in both, so it always ends. It runs on {@link LoopbackConnection}, blocking sockets and
 * prepared bytes, because on two shared cores every cycle it spends is taken from the service.
 */
final class HttpLoad {

  private final URI uri;
  private final byte[] request;
  private final ThreadLocal<LoopbackConnection> own;

  HttpLoad(URI uri, String body) {
    this.uri = uri;
    this.request =
        LoopbackConnection.post(
            uri, ServiceProcess.ADMIN_KEY, body.getBytes(StandardCharsets.UTF_8));
    this.own = ThreadLocal.withInitial(() -> new LoopbackConnection(uri));
  }

  /** One request with its body, on this thread's connection. */
  LoopbackConnection.Response once() throws Exception {
    LoopbackConnection connection = own.get();
    try {
      return connection.send(request, true);
    } catch (Exception e) {
      connection.close();
      throw e;
    }
  }

  Map<String, Object> run(int clients, Duration duration, int maxRequests)
      throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    AtomicInteger budget = new AtomicInteger(maxRequests);
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int[] counts = new int[clients];
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[maxRequests];
      latencies.add(mine);
      int index = c;
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                try (LoopbackConnection connection = new LoopbackConnection(uri)) {
                  while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                    long start = System.nanoTime();
                    try {
                      if (connection.send(request, false).status() != 200) {
                        errors.incrementAndGet();
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                      connection.close();
                    }
                    mine[n++] = System.nanoTime() - start;
                  }
                }
                counts[index] = n;
              },
              "load-" + c);
      threads.add(t);
    }
    long started = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("clients", clients);
    out.put("requests", total);
    out.put("errors", errors.get());
    out.put("seconds", EvaluationBench.round(seconds, 1));
    out.put("requestsPerSecond", Math.round(total / seconds));
    out.put("p50Ms", percentile(all, 0.50));
    out.put("p99Ms", percentile(all, 0.99));
    out.put("maxMs", total == 0 ? 0 : EvaluationBench.round(all[total - 1] / 1e6, 1));
    return out;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return EvaluationBench.round(sorted[Math.max(0, index)] / 1e6, 2);
  }
}
