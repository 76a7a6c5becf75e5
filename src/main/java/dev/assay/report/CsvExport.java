package dev.assay.report;

import java.util.List;

/**
 * One CSV row per (rule, resource) finding and per outstanding manual-evidence task, with a header
 * row: RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line break quoted
 * and their quotes doubled). A text field a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) is prefixed with a single quote.
 */
public final class CsvExport {

  public static final List<String> HEADER =
      List.of(
          "framework_id",
          "framework_version",
          "evaluated_at",
          "rule_id",
          "title",
          "control_ids",
          "control_names",
          "status",
          "severity",
          "account_id",
          "region",
          "resource_type",
          "resource_arn",
          "reason",
          "remediation");

  private CsvExport() {}

  public static String write(ExportContext ctx) {
    StringBuilder out = new StringBuilder();
    row(out, HEADER);
    for (ExportItem item : ctx.items()) {
      row(
          out,
          List.of(
              nz(ctx.result().frameworkId()),
              nz(ctx.result().frameworkVersion()),
              nz(ctx.result().evaluatedAt()),
              item.checkId(),
              nz(item.title()),
              String.join(";", item.controlIds()),
              String.join(";", item.controlIds().stream().map(ctx::controlName).toList()),
              item.status().name(),
              nz(item.severity()),
              nz(item.accountId()),
              nz(item.region()),
              nz(item.resourceType()),
              nz(item.resourceArn()),
              nz(item.reason()),
              nz(item.remediation())));
    }
    return out.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
