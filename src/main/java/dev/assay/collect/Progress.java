package dev.assay.collect;

import java.io.PrintWriter;
import java.time.Duration;

/** Reports tasks as they finish: a one-line bar on a terminal, plain log lines anywhere else. */
public interface Progress {

  void started(int tasks);

  void done(Task task, Tally tally, Duration took);

  void finished();

  /** One account × region × service. */
  record Task(String accountId, String region, String service) {
    @Override
    public String toString() {
      return accountId + " " + region + " " + service;
    }
  }

  /** A bar when a person watches (a console is attached), log lines otherwise (CI, pipes). */
  static Progress to(PrintWriter out) {
    return System.console() != null ? new ProgressBar(out) : new ProgressLog(out);
  }

  static Progress none() {
    return new Progress() {
      @Override
      public void started(int tasks) {}

      @Override
      public void done(Task task, Tally tally, Duration took) {}

      @Override
      public void finished() {}
    };
  }
}
