package dev.assay.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects accounts × regions × services into a snapshot directory, at most {@code concurrency}
 * tasks at a time. Every call either lands as data or as an error envelope; a task that crashes is
 * a gap too. Nothing is dropped silently.
 */
public final class Collection {

  private final CollectSettings settings;
  private final List<ServiceCollector> collectors;
  private final Progress progress;
  private final Clock clock;

  public Collection(
      CollectSettings settings, List<ServiceCollector> available, Progress progress, Clock clock) {
    settings.validate(
        available.stream()
            .map(ServiceCollector::name)
            .collect(java.util.stream.Collectors.toSet()));
    this.settings = settings;
    this.collectors =
        available.stream()
            .filter(c -> settings.services().isEmpty() || settings.services().contains(c.name()))
            .toList();
    this.progress = progress;
    this.clock = clock;
  }

  public CollectResult run(Path output) {
    try (AwsAccess aws = AwsAccess.withDefaultCredentials(settings)) {
      return run(output, aws);
    }
  }

  CollectResult run(Path output, AwsAccess aws) {
    long start = System.nanoTime();
    Instant collectedAt = clock.instant();
    SnapshotWriter writer = SnapshotWriter.open(output);
    Tally total = new Tally();
    List<Account> accounts = new Accounts(aws, settings).resolve(writer, total);
    List<Runnable> tasks = new ArrayList<>();
    int scopes = 0;
    for (Account account : accounts) {
      scopes += account.regions().size();
      if (!account.reachable()) {
        recordUnreachable(account, writer, total);
        continue;
      }
      for (ServiceCollector collector : collectors) {
        List<String> regions = collector.global() ? List.of("global") : account.regions();
        for (String region : regions) {
          tasks.add(() -> runTask(collector, account, region, aws, writer, total, collectedAt));
        }
      }
    }
    runAll(tasks);
    return new CollectResult(
        output,
        accounts.size(),
        scopes,
        collectors.stream().map(ServiceCollector::name).toList(),
        total.calls(),
        total.resources(),
        total.gaps(),
        total.notOffered(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void runAll(List<Runnable> tasks) {
    progress.started(tasks.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(settings.concurrency(), tasks.size())), daemonThreads());
    try {
      List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CollectException("collection interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a collection task escaped its guard", e.getCause());
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
  }

  private void runTask(
      ServiceCollector collector,
      Account account,
      String region,
      AwsAccess aws,
      SnapshotWriter writer,
      Tally total,
      Instant collectedAt) {
    long start = System.nanoTime();
    Tally tally = new Tally();
    try (ServiceScope scope = new ServiceScope(account, region, aws, writer, tally, collectedAt)) {
      collector.collect(scope);
    } catch (RuntimeException e) {
      // A collector bug: what it did not write reads as "not collected", and the run has a gap.
      tally.failed(
          new Gap(
              account.id(),
              region,
              collector.name(),
              "collect",
              "",
              CallErrors.COLLECTOR,
              e.toString()));
    }
    total.add(tally);
    progress.done(
        new Progress.Task(account.id(), region, collector.name()),
        tally,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** An account that could not be entered: its entry calls, in every region, carry the reason. */
  private void recordUnreachable(Account account, SnapshotWriter writer, Tally total) {
    for (ServiceCollector collector : collectors) {
      List<String> regions = collector.global() ? List.of("global") : account.regions();
      for (String region : regions) {
        for (String entry : collector.entryOperations()) {
          String[] op = entry.split("\\.", 2);
          new CallRecorder(
                  account.id(), region, op[0], writer, total, settings.endpointUrl() != null, null)
              .unreachable(op[1], account.failure());
        }
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "assay-collect-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
