package dev.assay.reload;

import dev.assay.evaluation.AssayEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine serving now, swapped atomically when a reload finds a valid candidate. A request takes
 * {@link #current()} once and keeps that engine to its end, so a swap never changes rules under a
 * request in flight; the next request sees the new engine. A candidate that fails {@link
 * CandidateCheck} is not taken: the last good engine keeps serving and {@link #rejected()} says why
 * until a later reload succeeds. Every version that served is kept, in order.
 */
public final class EngineHolder implements Supplier<AssayEngine> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineHolder.class);

  private final EngineSource source;
  private final Clock clock;
  private final AtomicReference<AssayEngine> current = new AtomicReference<>();
  private final AtomicReference<Rejection> rejected = new AtomicReference<>();
  // Written only under the lock; read as an immutable copy.
  private volatile List<ServedVersion> versions = List.of();
  private final Object lock = new Object();
  private final List<Consumer<ServedVersion>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<ReloadOutcome>> reloadListeners = new CopyOnWriteArrayList<>();

  private EngineHolder(EngineSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /**
   * Loads and checks the first engine.
   *
   * @throws EngineRejectedException with every problem, when the files cannot serve
   */
  public static EngineHolder start(EngineSource source, Clock clock) {
    Candidate first = CandidateCheck.check(source);
    if (!first.valid()) {
      throw new EngineRejectedException(first.problems());
    }
    EngineHolder holder = new EngineHolder(source, clock);
    holder.current.set(first.engine());
    holder.versions = List.of(version(first.engine(), source, "startup", clock.instant()));
    return holder;
  }

  /** The engine to use for one whole request or job. */
  public AssayEngine current() {
    return current.get();
  }

  @Override
  public AssayEngine get() {
    return current();
  }

  public EngineSource source() {
    return source;
  }

  /**
   * Calls {@code listener} with the version serving now and with every version that serves after it
   * (on the reloading thread; a listener that throws does not stop the swap).
   */
  public void onServing(Consumer<ServedVersion> listener) {
    synchronized (lock) {
      listeners.add(listener);
      notify(listener, serving());
    }
  }

  private static void notify(Consumer<ServedVersion> listener, ServedVersion version) {
    try {
      listener.accept(version);
    } catch (RuntimeException e) {
      LOG.warn("could not record rule base version {}", version.ruleBaseVersion(), e);
    }
  }

  /** Calls {@code listener} after every reload, taken, unchanged or rejected (for metrics). */
  public void onReload(Consumer<ReloadOutcome> listener) {
    reloadListeners.add(listener);
  }

  private ReloadOutcome reported(ReloadOutcome outcome) {
    for (Consumer<ReloadOutcome> listener : reloadListeners) {
      try {
        listener.accept(outcome);
      } catch (RuntimeException e) {
        LOG.warn("reload listener failed", e);
      }
    }
    return outcome;
  }

  /** The last rejected change, until a reload succeeds. */
  public Optional<Rejection> rejected() {
    return Optional.ofNullable(rejected.get());
  }

  /** Every version that served, oldest first; the last one serves now. */
  public List<ServedVersion> versions() {
    return versions;
  }

  public ServedVersion serving() {
    List<ServedVersion> all = versions;
    return all.get(all.size() - 1);
  }

  /**
   * Loads the files again and swaps the engine if they are valid and differ from what serves.
   * Reloads run one at a time; requests are never blocked by one.
   *
   * @param trigger {@code watch} or {@code manual}, recorded with the version or the rejection
   */
  public ReloadOutcome reload(String trigger) {
    synchronized (lock) {
      long start = System.nanoTime();
      Candidate candidate = CandidateCheck.check(source);
      Instant now = clock.instant();
      long millis = (System.nanoTime() - start) / 1_000_000;
      ServedVersion serving = serving();
      if (!candidate.valid()) {
        Rejection rejection = new Rejection(now, trigger, candidate.problems());
        rejected.set(rejection);
        LOG.warn(
            "Rule change rejected ({}); rule base {} keeps serving:",
            trigger,
            serving.ruleBaseVersion());
        rejection.problems().forEach(problem -> LOG.warn("  {}", problem));
        return reported(new ReloadOutcome(serving, rejection, false, millis));
      }
      rejected.set(null);
      ServedVersion next = version(candidate.engine(), source, trigger, now);
      if (next.sameContent(serving)) {
        return reported(new ReloadOutcome(serving, null, false, millis));
      }
      current.set(candidate.engine());
      List<ServedVersion> all = new ArrayList<>(versions);
      all.set(all.size() - 1, serving.until(now));
      all.add(next);
      versions = List.copyOf(all);
      listeners.forEach(listener -> notify(listener, next));
      LOG.info(
          "Rule base {} (frameworks {}) now serving ({}, checked in {} ms); was {}",
          next.ruleBaseVersion(),
          next.frameworksVersion(),
          trigger,
          millis,
          serving.ruleBaseVersion());
      return reported(new ReloadOutcome(next, null, true, millis));
    }
  }

  private static ServedVersion version(
      AssayEngine engine, EngineSource source, String trigger, Instant at) {
    return new ServedVersion(
        engine.ruleBase().version(),
        engine.frameworks().version(),
        at,
        null,
        trigger,
        engine.ruleBase().files(),
        FileHashes.of(source.frameworksDir()));
  }
}
