package dev.assay.collect;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** A single line redrawn in place: bar, tasks done, calls, gaps, elapsed time. */
final class ProgressBar implements Progress {

  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final long start = System.nanoTime();
  private int total;
  private int done;
  private int calls;
  private int gaps;

  ProgressBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void started(int tasks) {
    total = tasks;
    draw("");
  }

  @Override
  public synchronized void done(Task task, Tally tally, Duration took) {
    done++;
    calls += tally.calls();
    gaps += tally.gaps().size();
    draw(task.toString());
  }

  @Override
  public synchronized void finished() {
    out.print("\r" + " ".repeat(WIDTH + 90) + "\r");
    out.flush();
  }

  private void draw(String last) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String line =
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d  calls %d  gaps %d  %ds  %s",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            done,
            total,
            calls,
            gaps,
            (System.nanoTime() - start) / 1_000_000_000L,
            last);
    // Pad so a shorter line fully covers the previous one.
    out.print(
        String.format(
            "%-" + (WIDTH + 90) + "s",
            line.length() > WIDTH + 90 ? line.substring(0, WIDTH + 90) : line));
    out.flush();
  }
}
