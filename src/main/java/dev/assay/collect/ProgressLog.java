package dev.assay.collect;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** One line per finished task, for logs. */
final class ProgressLog implements Progress {

  private final PrintWriter out;
  private int total;
  private int done;

  ProgressLog(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void started(int tasks) {
    total = tasks;
    out.printf("collecting %d task%s (account × region × service)%n", tasks, tasks == 1 ? "" : "s");
    out.flush();
  }

  @Override
  public synchronized void done(Task task, Tally tally, Duration took) {
    done++;
    int gaps = tally.gaps().size();
    out.printf(
        Locale.ROOT,
        "[%d/%d] %s: %d calls, %d resources, %d gap%s (%.1f s)%n",
        done,
        total,
        task,
        tally.calls(),
        tally.resources(),
        gaps,
        gaps == 1 ? "" : "s",
        took.toMillis() / 1000.0);
    out.flush();
  }

  @Override
  public void finished() {}
}
