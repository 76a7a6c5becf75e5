package dev.assay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest used heap seen (every 2 ms) while measured tasks ran, the estate included. */
final class HeapSampler {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private volatile long peak;

  void during(boolean measured, Runnable task) {
    if (!measured) {
      task.run();
      return;
    }
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    try {
      task.run();
    } finally {
      sampler.interrupt();
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }
  }

  long peakMiB() {
    return peak / (1024 * 1024);
  }
}
