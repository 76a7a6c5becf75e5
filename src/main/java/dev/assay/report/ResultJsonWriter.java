package dev.assay.report;

import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link EvaluationResult} in {@link dev.assay.json.PrettyJson}'s layout straight into
 * UTF-8 bytes, field by field. Jackson's databind and pretty printer took a fifth of the service's
 * CPU per evaluation request for what is a fixed shape of strings, ints and lists; here each
 * field's line start ({@code "\n \"ruleId\": "}) is one prepared run of bytes. {@code
 * ResultJsonTest} checks the bytes against Jackson's, so a component added to a record shows up
 * there.
 */
final class ResultJsonWriter {

  // Levels: the result's fields at 1, a finding's (control's, task's) fields at 3, list items at 2
  // and a finding's control IDs at 4.
  private static final byte[] RULE_BASE_VERSION = field(1, "ruleBaseVersion");
  private static final byte[] FRAMEWORK_ID = field(1, "frameworkId");
  private static final byte[] FRAMEWORK_VERSION = field(1, "frameworkVersion");
  private static final byte[] EVALUATED_AT = field(1, "evaluatedAt");
  private static final byte[] SKIPPED = field(1, "skipped");
  private static final byte[] FINDINGS = field(1, "findings");
  private static final byte[] CONTROLS = field(1, "controls");
  private static final byte[] TASKS = field(1, "tasks");

  private static final byte[] RULE_ID = field(3, "ruleId");
  private static final byte[] CONTROL_IDS = field(3, "controlIds");
  private static final byte[] STATUS = field(3, "status");
  private static final byte[] SEVERITY = field(3, "severity");
  private static final byte[] RESOURCE_ARN = field(3, "resourceArn");
  private static final byte[] RESOURCE_TYPE = field(3, "resourceType");
  private static final byte[] ACCOUNT_ID = field(3, "accountId");
  private static final byte[] REGION = field(3, "region");
  private static final byte[] REASON = field(3, "reason");

  private static final byte[] CONTROL_ID = field(3, "controlId");
  private static final byte[] CONTROL_SET_ID = field(3, "controlSetId");
  private static final byte[] NAME = field(3, "name");
  private static final byte[] PASS = field(3, "pass");
  private static final byte[] FAIL = field(3, "fail");
  private static final byte[] ERROR = field(3, "error");
  private static final byte[] NOT_APPLICABLE = field(3, "notApplicable");
  private static final byte[] OPEN_TASKS = field(3, "openTasks");

  private static final byte[] DUE = field(3, "due");
  private static final byte[] INSTRUCTIONS = field(3, "instructions");

  private static final byte[][] LINE_AT = {line(0), line(1), line(2), line(3), line(4)};
  private static final byte[] NULL = ascii("null");

  private final Utf8JsonOut out;

  ResultJsonWriter(Utf8JsonOut out) {
    this.out = out;
  }

  /** The whole document, with its final line feed. */
  void write(EvaluationResult result) {
    out.raw((byte) '{');
    stringField(RULE_BASE_VERSION, result.ruleBaseVersion());
    out.raw((byte) ',');
    stringField(FRAMEWORK_ID, result.frameworkId());
    out.raw((byte) ',');
    stringField(FRAMEWORK_VERSION, result.frameworkVersion());
    out.raw((byte) ',');
    stringField(EVALUATED_AT, result.evaluatedAt());
    out.raw((byte) ',');
    out.raw(SKIPPED);
    strings(result.skipped(), 1);
    out.raw((byte) ',');
    out.raw(FINDINGS);
    if (start(result.findings())) {
      for (int i = 0; i < result.findings().size(); i++) {
        item(i);
        finding(result.findings().get(i));
      }
      end(1);
    }
    out.raw((byte) ',');
    out.raw(CONTROLS);
    if (start(result.controls())) {
      for (int i = 0; i < result.controls().size(); i++) {
        item(i);
        control(result.controls().get(i));
      }
      end(1);
    }
    out.raw((byte) ',');
    out.raw(TASKS);
    if (start(result.tasks())) {
      for (int i = 0; i < result.tasks().size(); i++) {
        item(i);
        task(result.tasks().get(i));
      }
      end(1);
    }
    out.raw(LINE_AT[0]);
    out.raw((byte) '}');
    out.raw((byte) '\n');
  }

  private void finding(Finding f) {
    out.raw((byte) '{');
    stringField(RULE_ID, f.ruleId());
    out.raw((byte) ',');
    out.raw(CONTROL_IDS);
    strings(f.controlIds(), 3);
    out.raw((byte) ',');
    stringField(STATUS, f.status() == null ? null : f.status().name());
    out.raw((byte) ',');
    stringField(SEVERITY, f.severity());
    out.raw((byte) ',');
    stringField(RESOURCE_ARN, f.resourceArn());
    out.raw((byte) ',');
    stringField(RESOURCE_TYPE, f.resourceType());
    out.raw((byte) ',');
    stringField(ACCOUNT_ID, f.accountId());
    out.raw((byte) ',');
    stringField(REGION, f.region());
    out.raw((byte) ',');
    stringField(REASON, f.reason());
    end(2, '}');
  }

  private void control(ControlResult c) {
    out.raw((byte) '{');
    stringField(CONTROL_ID, c.controlId());
    out.raw((byte) ',');
    stringField(CONTROL_SET_ID, c.controlSetId());
    out.raw((byte) ',');
    stringField(NAME, c.name());
    out.raw((byte) ',');
    stringField(STATUS, c.status() == null ? null : c.status().name());
    out.raw((byte) ',');
    intField(PASS, c.pass());
    out.raw((byte) ',');
    intField(FAIL, c.fail());
    out.raw((byte) ',');
    intField(ERROR, c.error());
    out.raw((byte) ',');
    intField(NOT_APPLICABLE, c.notApplicable());
    out.raw((byte) ',');
    intField(OPEN_TASKS, c.openTasks());
    end(2, '}');
  }

  private void task(Task t) {
    out.raw((byte) '{');
    stringField(CONTROL_ID, t.controlId());
    out.raw((byte) ',');
    stringField(RESOURCE_ARN, t.resourceArn());
    out.raw((byte) ',');
    stringField(STATUS, t.status() == null ? null : t.status().name());
    out.raw((byte) ',');
    stringField(DUE, t.due());
    out.raw((byte) ',');
    stringField(INSTRUCTIONS, t.instructions());
    end(2, '}');
  }

  /** A list of strings whose field is at {@code level}: its items one level deeper. */
  private void strings(List<String> values, int level) {
    if (!start(values)) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.raw((byte) ',');
      }
      out.raw(LINE_AT[level + 1]);
      out.string(values.get(i));
    }
    end(level);
  }

  /** Opens a list: {@code null} and {@code []} are written whole, and false returned. */
  private boolean start(List<?> values) {
    if (values == null) {
      out.raw(NULL);
      return false;
    }
    if (values.isEmpty()) {
      out.raw((byte) '[');
      out.raw((byte) ']');
      return false;
    }
    out.raw((byte) '[');
    return true;
  }

  /** Before the i-th object of a top-level list. */
  private void item(int i) {
    if (i > 0) {
      out.raw((byte) ',');
    }
    out.raw(LINE_AT[2]);
  }

  private void end(int level) {
    end(level, ']');
  }

  private void end(int level, char close) {
    out.raw(LINE_AT[level]);
    out.raw((byte) close);
  }

  private void stringField(byte[] field, String value) {
    out.raw(field);
    out.string(value);
  }

  private void intField(byte[] field, int value) {
    out.raw(field);
    out.number(value);
  }

  private static byte[] field(int level, String name) {
    return ascii("\n" + "  ".repeat(level) + "\"" + name + "\": ");
  }

  private static byte[] line(int level) {
    return ascii("\n" + "  ".repeat(level));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
