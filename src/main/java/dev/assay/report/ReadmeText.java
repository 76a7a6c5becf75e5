package dev.assay.report;

/** {@code README.txt} of a report: what each file is and how to check the archive. */
final class ReadmeText {

  private ReadmeText() {}

  static String of(ReportOutline o) {
    return "Assay assessment report\n"
        + "=======================\n\n"
        + "Report:     "
        + oneLine(o.name())
        + " ("
        + o.reportId()
        + ")\n"
        + "Assessment: "
        + oneLine(o.assessment().name())
        + " ("
        + o.assessment().id()
        + ")\n"
        + "Generated:  "
        + o.createdAt()
        + " (UTC)\n\n"
        + "summary.html, summary.pdf  cover, report and assessment summary, contents by control\n"
        + "                           set, then one section per control with its evidence list\n"
        + "report.json                the whole report for machines (format "
        + JsonReport.FORMAT
        + ")\n"
        + "evidence/<control>/<data source>/<YYYY-MM-DD>/\n"
        + "                           the evidence files: recorded AWS responses (.json), text\n"
        + "                           answers (.txt) and uploaded files, named\n"
        + "                           HH-MM-SS_<service>_<operation>_<account>_<item number>\n"
        + "public-key.pem             the public key of the key that signed this report\n"
        + "digest.txt                 SHA-256 and size of every file above\n"
        + "digest.sig                 the "
        + o.signatureAlgorithm()
        + " signature of digest.txt by key "
        + o.keyId()
        + "\n\n"
        + "Check it:  java -jar assay.jar report verify REPORT.zip [--public-key KEY.pem]\n"
        + "Or by hand: every line of digest.txt must match `sha256sum` of its file, no file may be\n"
        + "missing or added, and digest.sig must verify over digest.txt's exact bytes with the\n"
        + "public key you trust (the one in this archive only proves that the archive is whole).\n";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
  }
}
