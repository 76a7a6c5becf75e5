package dev.assay.reload;

import java.time.Instant;
import java.util.Map;

/**
 * A rule base and framework version that served, so any result can be traced to the exact files.
 *
 * @param ruleBaseVersion the rule base's content hash, as every evaluation result carries
 * @param frameworksVersion the framework directory's content hash
 * @param servedFrom when it started serving
 * @param servedUntil when another version replaced it; {@code null} while it serves
 * @param trigger {@code startup}, {@code watch} (a saved file) or {@code manual} (the reload
 *     endpoint)
 * @param ruleFiles the rule files and their SHA-256
 * @param frameworkFiles the framework directory's files and their SHA-256
 */
public record ServedVersion(
    String ruleBaseVersion,
    String frameworksVersion,
    Instant servedFrom,
    Instant servedUntil,
    String trigger,
    Map<String, String> ruleFiles,
    Map<String, String> frameworkFiles) {

  ServedVersion until(Instant at) {
    return new ServedVersion(
        ruleBaseVersion, frameworksVersion, servedFrom, at, trigger, ruleFiles, frameworkFiles);
  }

  boolean sameContent(ServedVersion other) {
    return ruleBaseVersion.equals(other.ruleBaseVersion)
        && frameworksVersion.equals(other.frameworksVersion);
  }
}
