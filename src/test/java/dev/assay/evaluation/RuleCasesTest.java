package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.rules.ShippedRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every rule case file against {@code ./rules}, one test per case named {@code
 * <rule_id>: <case name>}.
 */
class RuleCasesTest {

  private static RuleCaseRunner runner() {
    return new RuleCaseRunner(ShippedRules.ruleBase());
  }

  @TestFactory
  Stream<DynamicTest> everyCaseOfEveryRule() {
    RuleCaseRunner runner = runner();
    List<String> problems = new ArrayList<>();
    List<RuleCaseFile> files = new RuleCaseLoader().load(ShippedRules.CASES, problems);
    return files.stream()
        .filter(f -> ShippedRules.ruleBase().rule(f.ruleId()).isPresent())
        .flatMap(
            file ->
                file.cases().stream()
                    .map(
                        c ->
                            DynamicTest.dynamicTest(
                                file.ruleId() + ": " + c.name(),
                                () -> {
                                  RuleCaseResult result = runner.run(file, c);
                                  if (!result.passed()) {
                                    fail(
                                        file.path()
                                            + " \""
                                            + c.name()
                                            + "\":\n  "
                                            + String.join("\n  ", result.differences()));
                                  }
                                })));
  }

  @Test
  void everyCaseFileLoadsAndNamesARuleInItsDomainFolder() {
    List<String> problems = new ArrayList<>();
    List<RuleCaseFile> files = new RuleCaseLoader().load(ShippedRules.CASES, problems);
    problems.addAll(runner().check(files));
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }
}
