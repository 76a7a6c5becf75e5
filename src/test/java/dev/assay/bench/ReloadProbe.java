package dev.assay.bench;

import dev.assay.api.InlineCalls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Edits one rule's reason sentence in the running service's rules directory while four clients keep
 * evaluating, and times how long until a response carries the new sentence. Every request during
 * the swap must succeed.
 */
final class ReloadProbe {

  private static final String ORIGINAL = "has direct internet access enabled.";
  private static final String EDITED = "has direct internet access turned on.";

  private final ServiceProcess service;

  ReloadProbe(ServiceProcess service) {
    this.service = service;
  }

  Map<String, Object> measure(int reloads) throws Exception {
    Path secure = service.home.resolve("rules/secure.drl");
    String original = Files.readString(secure);
    if (!original.contains(ORIGINAL)) {
      throw new IllegalStateException("secure.drl no longer says: " + ORIGINAL);
    }
    String body =
        InlineCalls.request("2026-11-20T00:00:00Z", InlineCalls.openNotebook()).toString();
    HttpLoad load = new HttpLoad(service.base.resolve("/api/v1/evaluations"), body);
    Stopwatch visible = new Stopwatch();
    long requests = 0;
    long failures = 0;
    for (int i = 0; i < reloads; i++) {
      String to = i % 2 == 0 ? EDITED : ORIGINAL;
      Swap swap = new Swap(load, to);
      swap.start();
      Thread.sleep(500);
      long saved = System.nanoTime();
      Files.writeString(secure, original.replace(ORIGINAL, to));
      long seen = swap.awaitSeen(30_000);
      Thread.sleep(500);
      swap.stop();
      visible.record((seen - saved) / 1e6);
      requests += swap.requests.get();
      failures += swap.failures.get();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reloads", reloads);
    out.put("visibleAfterMs", visible.summary());
    out.put("requestsDuringSwaps", requests);
    out.put("failedRequests", failures);
    return out;
  }

  /** Four clients evaluating until stopped, noting when the new reason first shows. */
  private static final class Swap {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    private final AtomicLong firstSeen = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final HttpLoad load;
    private final String expected;

    Swap(HttpLoad load, String expected) {
      this.load = load;
      this.expected = expected;
    }

    void start() {
      for (int i = 0; i < 4; i++) {
        Thread t = new Thread(this::loop);
        threads.add(t);
        t.start();
      }
    }

    private void loop() {
      while (!stop.get()) {
        try {
          LoopbackConnection.Response response = load.once();
          long now = System.nanoTime();
          requests.incrementAndGet();
          if (response.status() != 200) {
            failures.incrementAndGet();
          } else if (response.text().contains(expected)) {
            firstSeen.compareAndSet(0, now);
          }
        } catch (Exception e) {
          requests.incrementAndGet();
          failures.incrementAndGet();
        }
      }
    }

    long awaitSeen(long timeoutMs) throws InterruptedException {
      long deadline = System.nanoTime() + timeoutMs * 1_000_000;
      while (firstSeen.get() == 0) {
        if (System.nanoTime() > deadline) {
          stop();
          throw new IllegalStateException(
              "the edited rule did not serve within " + timeoutMs + " ms");
        }
        Thread.sleep(5);
      }
      return firstSeen.get();
    }

    void stop() throws InterruptedException {
      stop.set(true);
      for (Thread t : threads) {
        t.join();
      }
    }
  }
}
