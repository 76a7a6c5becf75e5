package dev.assay.api;

import dev.assay.reload.EngineHolder;
import dev.assay.reload.RuleWatcher;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts watching the rules and frameworks with the service, unless reload is switched off. */
@Context
@Requires(property = "assay.reload.enabled", notEquals = "false")
public class RuleWatcherBean implements AutoCloseable {

  private final RuleWatcher watcher;

  public RuleWatcherBean(EngineHolder holder, ReloadConfiguration config) {
    try {
      this.watcher = RuleWatcher.start(holder, config.debounce());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the rules and frameworks directories", e);
    }
  }

  @Override
  @PreDestroy
  public void close() {
    watcher.close();
  }
}
