package dev.assay.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules and frameworks directories (and the frameworks' subdirectories, such as the
 * control library) and reloads the holder once the files have been quiet for the debounce time: an
 * editor's save is often several events (write, rename, chmod), and a reload per event would
 * compile half-written files. Runs on one daemon thread; {@link #close()} stops it.
 */
public final class RuleWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

  private final EngineHolder holder;
  private final Duration debounce;
  private final WatchService watchService;
  private final Thread thread;
  private volatile boolean closed;

  private RuleWatcher(EngineHolder holder, Duration debounce) throws IOException {
    this.holder = holder;
    this.debounce = debounce;
    this.watchService = FileSystems.getDefault().newWatchService();
    register(holder.source().rulesDir());
    register(holder.source().frameworksDir());
    this.thread = new Thread(this::loop, "assay-rule-watcher");
    thread.setDaemon(true);
  }

  /** Starts watching; the first reload comes with the first change. */
  public static RuleWatcher start(EngineHolder holder, Duration debounce) throws IOException {
    RuleWatcher watcher = new RuleWatcher(holder, debounce);
    watcher.thread.start();
    LOG.info(
        "Watching {} and {} for rule and framework changes (debounce {} ms)",
        holder.source().rulesDir(),
        holder.source().frameworksDir(),
        debounce.toMillis());
    return watcher;
  }

  private void register(Path dir) throws IOException {
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(dir)) {
      dirs = walk.filter(Files::isDirectory).toList();
    }
    for (Path each : dirs) {
      each.register(
          watchService,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
  }

  private void loop() {
    try {
      while (!closed) {
        drain(watchService.take());
        // Quiet period: keep draining until no event came for the whole debounce time.
        WatchKey next;
        while ((next = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(next);
        }
        if (closed) {
          return;
        }
        try {
          holder.reload("watch");
        } catch (RuntimeException e) {
          LOG.error("Reload after a file change failed; the serving rules are unchanged", e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: stop.
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  /** Stops watching; a reload in progress finishes (it is not interrupted mid-compile). */
  @Override
  public void close() {
    closed = true;
    try {
      watchService.close();
      thread.join(2000);
    } catch (IOException e) {
      LOG.warn("closing the rule watcher: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
