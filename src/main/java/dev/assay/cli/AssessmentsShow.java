package dev.assay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.assay.assessment.Assessment;
import dev.assay.assessment.Run;
import dev.assay.assessment.Summary;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assessments show ID}: the summary, as a table or as the API's JSON. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Show an assessment's summary: controls by status and domain, non-compliant"
            + " resources, open and overdue tasks, the last run and its gaps.")
public class AssessmentsShow implements Callable<Integer> {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  enum Format {
    json,
    table
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "Assessment ID.")
  String id;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    return store.run(
        spec,
        (session, out) -> {
          Summary summary = session.store.summaries().summary(id);
          if (format == Format.json) {
            out.println(JSON.writeValueAsString(summary));
          } else {
            table(summary, out);
          }
          out.flush();
          return 0;
        });
  }

  static void table(Summary s, PrintWriter out) {
    Assessment a = s.assessment();
    out.println("Assessment " + a.id() + ": " + a.name() + " (" + a.status() + ")");
    out.println(
        "Framework  "
            + a.frameworkId()
            + " "
            + a.frameworkVersion()
            + " ("
            + a.frameworkHash()
            + "), rule base "
            + a.ruleBaseVersion());
    out.println(
        "Scope      accounts "
            + String.join(", ", a.accounts())
            + "; regions "
            + String.join(", ", a.regions()));
    out.println("Owners     " + String.join(", ", a.owners()));
    out.println("Evidence   " + a.evidenceCount() + " items");
    out.println("Controls   " + s.controls() + " (" + counts(s.reviewStatus()) + ")");
    out.println("Compliance " + counts(s.compliance()));
    s.warnings().forEach(w -> out.println("Warning    " + w));
    for (Summary.Domain d : s.domains()) {
      out.printf("  %-14s %3d  %s%n", d.domain(), d.controls(), counts(d.compliance()));
    }
    out.println("Non-compliant resources: " + s.nonCompliantResources().size());
    for (Summary.NonCompliantResource r : s.nonCompliantResources()) {
      out.println("  " + r.resourceArn() + "  " + String.join(", ", r.rules()));
    }
    out.println("Tasks: " + s.openTasks() + " open, " + s.overdueTasks() + " overdue");
    for (Summary.OpenTask t : s.tasks()) {
      out.println(
          "  "
              + t.controlId()
              + "  "
              + t.status()
              + (t.overdue() ? " (overdue)" : "")
              + "  due "
              + t.due()
              + (t.resourceArn() == null ? "" : "  " + t.resourceArn()));
    }
    Run last = s.lastRun();
    out.println("Last run: " + (last == null ? "none" : AssessmentsCollect.describe(last)));
    if (last != null) {
      last.gaps().forEach(g -> out.println("  gap: " + g));
      last.notes().forEach(n -> out.println("  note: " + n));
    }
  }

  private static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
