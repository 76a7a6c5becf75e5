package dev.assay.cli;

import dev.assay.assessment.ReevaluationJob;
import dev.assay.assessment.Reevaluations;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.ParameterException;

/**
 * {@code assay reevaluate} without {@code --dry-run}: a re-evaluation job on the assessment store,
 * run in this process (the service need not run; if it does, the database lets only one job be
 * active). Progress goes to stderr; the job, as {@code GET /api/v1/reevaluations/{id}} shows it, to
 * stdout.
 */
final class ReevaluationJobRun implements Callable<Integer> {

  private final ReevaluateCommand options;

  ReevaluationJobRun(ReevaluateCommand options) {
    this.options = options;
  }

  @Override
  public Integer call() throws Exception {
    for (var dryRunOnly :
        new Object[][] {
          {"--rules", options.rules},
          {"--input", options.input},
          {"--candidate-frameworks", options.candidateFrameworks},
          {"--framework", options.framework},
          {"--at", options.at}
        }) {
      if (dryRunOnly[1] != null) {
        throw new ParameterException(
            options.spec.commandLine(),
            dryRunOnly[0]
                + " is for --dry-run only; a re-evaluation uses the current rules"
                + " (--current-rules) on stored evidence");
      }
    }
    if (options.resume != null && options.since != null) {
      throw new ParameterException(
          options.spec.commandLine(), "give --resume or --since, not both");
    }
    Instant since = options.since == null ? null : since(options.since, Instant.now());
    if (options.resume != null && !options.assessments.isEmpty()) {
      throw new ParameterException(
          options.spec.commandLine(), "give --resume or --assessments, not both");
    }
    if (options.parallelism < 1) {
      throw new ParameterException(options.spec.commandLine(), "--parallelism must be at least 1");
    }
    PrintWriter out = options.spec.commandLine().getOut();
    PrintWriter err = options.spec.commandLine().getErr();
    return StoreErrors.run(err, () -> job(out, err, since));
  }

  /** An ISO-8601 instant, or a duration counted back from now. */
  private Instant since(String when, Instant now) {
    try {
      return when.startsWith("P") || when.startsWith("p")
          ? now.minus(Duration.parse(when))
          : Instant.parse(when);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          options.spec.commandLine(),
          "--since: give an ISO-8601 instant (2026-11-01T00:00:00Z) or duration (P7D, PT12H), not "
              + when);
    }
  }

  private int job(PrintWriter out, PrintWriter err, Instant since) throws java.io.IOException {
    StoreOptions store = new StoreOptions();
    store.db = options.db;
    store.engine = new EngineOptions();
    store.engine.rules = options.currentRules;
    store.engine.frameworks = options.frameworks;
    store.engine.defaultFramework = options.defaultFramework;
    try (StoreOptions.Session session = store.open();
        Reevaluations jobs = session.store.reevaluations(options.parallelism)) {
      List<String> targets = options.assessments;
      if (since != null) {
        targets = session.store.storedEvidence().collectedSince(since, options.assessments);
        if (targets.isEmpty()) {
          // An empty list would mean "every active assessment" to a job: say so and stop instead.
          out.println("No active assessment has evidence collected since " + since + ".");
          out.flush();
          return 0;
        }
      }
      String id =
          options.resume != null
              ? jobs.resumeHere(options.resume).id()
              : jobs.create(targets, options.by).id();
      jobs.listen(new ProgressBar(err, jobs.get(id).progress()));
      ReevaluationJob job = jobs.run(id, Integer.MAX_VALUE);
      ReevaluationJob detail = jobs.get(job.id());
      out.print(
          options.format == ReevaluateCommand.Format.json
              ? AssessmentsShow.JSON.writeValueAsString(detail) + "\n"
              : table(detail));
      out.flush();
      detail.errors().forEach(e -> err.println("assay: " + e.assessmentId() + ": " + e.message()));
      err.flush();
      return ReevaluationJob.SUCCEEDED.equals(detail.state()) ? 0 : 1;
    }
  }

  private static String table(ReevaluationJob job) {
    ReevaluationJob.Progress p = job.progress();
    StringBuilder text = new StringBuilder();
    text.append("Job ")
        .append(job.id())
        .append(' ')
        .append(job.state())
        .append(": ")
        .append(p.done())
        .append(" of ")
        .append(p.total())
        .append(" assessments, ")
        .append(p.failed())
        .append(" failed, ")
        .append(p.skipped())
        .append(" skipped; rule base ")
        .append(job.ruleBaseVersion())
        .append('\n');
    for (ReevaluationJob.Item item : job.items()) {
      text.append(String.format("%-8s %s", item.state(), item.assessmentId()))
          .append(item.runId() == null ? "" : "  run " + item.runId())
          .append(item.error() == null ? "" : "  " + item.error())
          .append('\n');
    }
    text.append(ReevaluateCommand.table(job.result()));
    return text.toString();
  }

  /** {@code [#####.....] 5/10 assessments} on stderr, one line per finished assessment. */
  private static final class ProgressBar implements Reevaluations.Listener {
    private final PrintWriter err;
    private final int total;
    private final AtomicInteger done;

    ProgressBar(PrintWriter err, ReevaluationJob.Progress start) {
      this.err = err;
      this.total = start.total();
      this.done = new AtomicInteger(start.done());
    }

    @Override
    public void assessmentFinished(ReevaluationJob.Item item) {
      int n = done.incrementAndGet();
      int width = 20;
      int filled = total == 0 ? width : n * width / total;
      synchronized (err) {
        err.printf(
            "[%s%s] %d/%d assessments  %s %s%n",
            "#".repeat(filled),
            ".".repeat(width - filled),
            n,
            total,
            item.state(),
            item.assessmentId());
        err.flush();
      }
    }
  }
}
