package dev.assay.report;

import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI gates: one test suite per control set, one test case per control. NON_COMPLIANT
 * is a failure, INCONCLUSIVE an error when evidence could not be read and a failure (type
 * INCONCLUSIVE) when only manual evidence is outstanding, NOT_APPLICABLE is skipped; only COMPLIANT
 * passes.
 */
public final class JunitExport {

  private JunitExport() {}

  public static String write(ExportContext ctx) {
    Map<String, List<ControlResult>> sets = new LinkedHashMap<>();
    for (ControlResult c : ctx.result().controls()) {
      sets.computeIfAbsent(c.controlSetId(), k -> new ArrayList<>()).add(c);
    }
    String timestamp =
        LocalDateTime.ofInstant(ctx.evaluatedAt(), ZoneOffset.UTC).withNano(0).toString();
    if (timestamp.length() == 16) {
      timestamp += ":00";
    }
    List<ControlResult> all = ctx.result().controls();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"").append(esc("Assay " + ctx.standard())).append('"');
    counts(out, all);
    out.append(" time=\"0\" timestamp=\"").append(timestamp).append("\">\n");
    int id = 0;
    for (Map.Entry<String, List<ControlResult>> set : sets.entrySet()) {
      out.append("  <testsuite id=\"")
          .append(id++)
          .append("\" name=\"")
          .append(esc(set.getKey() + " " + ctx.controlSetName(set.getKey())))
          .append('"');
      out.append(" package=\"").append(esc(ctx.result().frameworkId())).append('"');
      counts(out, set.getValue());
      out.append(" time=\"0\" timestamp=\"").append(timestamp).append("\" hostname=\"assay\">\n");
      out.append("    <properties>\n");
      property(out, "framework", ctx.standard());
      property(out, "ruleBaseVersion", ctx.result().ruleBaseVersion());
      property(out, "evaluatedAt", ctx.result().evaluatedAt());
      out.append("    </properties>\n");
      for (ControlResult c : set.getValue()) {
        testcase(out, ctx, c);
      }
      out.append("  </testsuite>\n");
    }
    return out.append("</testsuites>\n").toString();
  }

  private static void counts(StringBuilder out, List<ControlResult> controls) {
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (ControlResult c : controls) {
      switch (outcome(c)) {
        case "failure" -> failures++;
        case "error" -> errors++;
        case "skipped" -> skipped++;
        default -> {}
      }
    }
    out.append(" tests=\"")
        .append(controls.size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"")
        .append(errors)
        .append("\" skipped=\"")
        .append(skipped)
        .append('"');
  }

  /** The JUnit element a control's status becomes, or {@code pass}. */
  static String outcome(ControlResult c) {
    return switch (c.status()) {
      case COMPLIANT -> "pass";
      case NON_COMPLIANT -> "failure";
      case INCONCLUSIVE -> c.error() > 0 ? "error" : "failure";
      case NOT_APPLICABLE -> "skipped";
    };
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("      <property name=\"")
        .append(esc(name))
        .append("\" value=\"")
        .append(esc(value == null ? "" : value))
        .append("\"/>\n");
  }

  private static void testcase(StringBuilder out, ExportContext ctx, ControlResult c) {
    out.append("    <testcase name=\"")
        .append(esc(c.controlId() + " " + ctx.controlName(c.controlId())))
        .append("\" classname=\"")
        .append(esc(ctx.result().frameworkId() + "." + c.controlSetId()))
        .append("\" time=\"0\"");
    String outcome = outcome(c);
    String counts =
        c.pass()
            + " pass, "
            + c.fail()
            + " fail, "
            + c.error()
            + " error, "
            + c.notApplicable()
            + " not applicable, "
            + c.openTasks()
            + " open tasks";
    if (outcome.equals("pass")) {
      out.append(">\n      <system-out>").append(esc(counts)).append("</system-out>\n");
      out.append("    </testcase>\n");
      return;
    }
    out.append(">\n");
    if (outcome.equals("skipped")) {
      out.append("      <skipped message=\"")
          .append(esc("NOT_APPLICABLE: nothing in scope"))
          .append("\"/>\n");
    } else {
      out.append("      <")
          .append(outcome)
          .append(" type=\"")
          .append(c.status().name())
          .append("\" message=\"")
          .append(esc(c.status().name() + ": " + counts))
          .append("\">");
      out.append(esc(details(ctx, c))).append("</").append(outcome).append(">\n");
    }
    out.append("    </testcase>\n");
  }

  private static String details(ExportContext ctx, ControlResult c) {
    StringBuilder text = new StringBuilder();
    for (Finding f : ctx.result().findings()) {
      if (f.controlIds().contains(c.controlId())
          && (f.status() == Status.FAIL || f.status() == Status.ERROR)) {
        text.append(f.status())
            .append(' ')
            .append(f.ruleId())
            .append(' ')
            .append(f.resourceArn())
            .append(": ")
            .append(f.reason())
            .append('\n');
      }
    }
    for (Task t : ctx.result().tasks()) {
      if (t.controlId().equals(c.controlId()) && ExportContext.outstanding(t)) {
        text.append("PENDING manual evidence ")
            .append(t.status())
            .append(", due ")
            .append(t.due())
            .append(": ")
            .append(t.instructions())
            .append('\n');
      }
    }
    return text.toString();
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
