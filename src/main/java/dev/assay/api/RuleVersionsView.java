package dev.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.assay.reload.Rejection;
import dev.assay.reload.ServedVersion;
import java.util.List;
import java.util.Map;

/** The bodies of {@code GET /api/v1/rules/versions} and of the reload and validate answers. */
final class RuleVersionsView {

  private RuleVersionsView() {}

  /** {@code GET /api/v1/rules/versions}: every version that served, oldest first. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Versions(String serving, List<Version> versions) {}

  /** One served version; times are ISO-8601 UTC, {@code servedUntil} null while it serves. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Version(
      String ruleBaseVersion,
      String frameworksVersion,
      String servedFrom,
      String servedUntil,
      String trigger,
      Map<String, String> ruleFiles,
      Map<String, String> frameworkFiles) {

    static Version of(ServedVersion v) {
      return new Version(
          v.ruleBaseVersion(),
          v.frameworksVersion(),
          v.servedFrom().toString(),
          v.servedUntil() == null ? null : v.servedUntil().toString(),
          v.trigger(),
          v.ruleFiles(),
          v.frameworkFiles());
    }
  }

  /** The last change that was not taken. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Rejected(String at, String trigger, List<String> problems) {

    static Rejected of(Rejection r) {
      return r == null ? null : new Rejected(r.at().toString(), r.trigger(), r.problems());
    }
  }

  /** {@code POST /api/v1/rules/reload} when the change was taken (or nothing changed). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Reloaded(boolean swapped, long millis, Version serving) {}

  /** {@code POST /api/v1/rules/validate}: whether the candidate could serve, and why not. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Validation(
      boolean valid, String ruleBaseVersion, String frameworksVersion, List<String> problems) {}
}
