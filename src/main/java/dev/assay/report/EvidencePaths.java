package dev.assay.report;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where an evidence item goes in a report: {@code evidence/<control>/<data source>/<YYYY-MM-DD>/}
 * and a file name after Audit Manager's ({@code HH-MM-SS_<service>_<operation>_<account>_<n>}).
 * Every segment is reduced to {@code [A-Za-z0-9._-]} and never starts with a dot, so no name that
 * someone uploaded can climb out of its folder or hide.
 */
final class EvidencePaths {

  static final String ROOT = "evidence/";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH-mm-ss").withZone(ZoneOffset.UTC);

  private EvidencePaths() {}

  static String of(EvidenceItem item) {
    String time = TIME.format(item.collectedAt());
    String folder =
        ROOT + safe(item.controlId(), 100) + "/" + dataSource(item) + "/" + item.collectionDate();
    String name =
        switch (item.type()) {
          case CONFIGURATION_DATA -> {
            String[] parts = item.source().split("\\.", 2);
            String operation = parts.length > 1 ? parts[1] : "response";
            yield time
                + "_"
                + safe(parts[0], 40)
                + "_"
                + safe(operation, 20)
                + "_"
                + safe(item.accountId() == null ? "global" : item.accountId(), 12)
                + "_"
                + item.seq()
                + ".json";
          }
          case MANUAL_TEXT -> time + "_manual_" + item.seq() + "_answer.txt";
          case MANUAL_FILE ->
              time + "_manual_" + item.seq() + "_" + safe(fileName(item.fileName()), 60);
        };
    return folder + "/" + name;
  }

  /** {@code manual}, or the AWS service whose response it is. */
  static String dataSource(EvidenceItem item) {
    if (item.type() != EvidenceType.CONFIGURATION_DATA) {
      return "manual";
    }
    return safe(item.source().split("\\.", 2)[0], 40);
  }

  /** A path segment: safe characters only, never {@code .} or {@code ..}, at most max long. */
  static String safe(String text, int max) {
    String s = text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]", "_");
    s = s.replaceFirst("^\\.+", "_");
    if (s.length() > max) {
      s = s.substring(0, max);
    }
    return s.isEmpty() ? "_" : s;
  }

  private static String fileName(String name) {
    if (name == null) {
      return "file";
    }
    // Keep the extension visible even when the name is cut.
    int dot = name.lastIndexOf('.');
    if (dot > 0 && name.length() > 60 && name.length() - dot <= 11) {
      return name.substring(0, 60 - (name.length() - dot)) + name.substring(dot);
    }
    return name;
  }
}
