package dev.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.assay.reload.Rejection;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/v1/rules}: the serving rule base's version, its files with their
 * content hashes, the last rejected change ({@code null} when the files on disk serve), and every
 * rule with its metadata.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RuleCatalogueView(
    String version,
    Map<String, String> files,
    RuleVersionsView.Rejected rejected,
    List<Rule> rules) {

  /**
   * One rule. Domain and severity are lower case, as in rule files and evaluation results.
   *
   * @param file the DRL file, relative to the rules directory
   * @param line the line of the rule's declaration in that file
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Rule(
      String id,
      String domain,
      String file,
      int line,
      String severity,
      String resourceType,
      String title,
      String risk,
      String remediation,
      List<String> references,
      String notes) {

    static Rule of(RuleInfo info) {
      return new Rule(
          info.id(),
          info.domain().id(),
          info.file(),
          info.line(),
          info.severity().label(),
          info.resourceType(),
          info.title(),
          info.risk(),
          info.remediation(),
          info.references() == null ? List.of() : info.references(),
          info.notes());
    }
  }

  static RuleCatalogueView of(RuleBase ruleBase, Rejection rejection) {
    return new RuleCatalogueView(
        ruleBase.version(),
        ruleBase.files(),
        RuleVersionsView.Rejected.of(rejection),
        ruleBase.rules().values().stream().map(Rule::of).toList());
  }
}
