package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the loader reports a broken rule base: each mistake an analyst can make in {@code rules/}
 * becomes a problem naming the file (and the line where there is one). Each test breaks a copy of
 * the shipped rules; mistakes found only after compiling break a copy of the small fixed rule base
 * instead, so the test stays fast however large the catalogue grows.
 */
class RuleBaseLoaderProblemsTest {

  @TempDir Path rules;

  @Test
  void aSyntaxErrorNamesTheFileAndTheLine() throws IOException {
    copy(ShippedRules.SMALL_RULES);
    String source = read("secure.drl");
    int line = lineOf(source, "$n : NotebookInstance( rootAccess == true )");
    write("secure.drl", source.replace("( rootAccess == true )", "( rootAccess == = true )"));

    List<RuleProblem> problems = problems();

    assertTrue(
        problems.stream().anyMatch(p -> p.file().equals("secure.drl") && p.line() == line),
        () -> "expected a problem at secure.drl:" + line + ", got " + problems);
    assertTrue(problems.stream().allMatch(p -> p.file().equals("secure.drl")), problems::toString);
  }

  @Test
  void aMissingDomainFileIsNamed() throws IOException {
    copyRules();
    Files.delete(rules.resolve("fair.drl"));

    assertProblem(p -> p.file().equals("fair.drl") && p.message().startsWith("missing"));
  }

  @Test
  void aMissingMetadataFileIsNamed() throws IOException {
    copyRules();
    Files.delete(rules.resolve("safe.meta.yaml"));

    assertProblem(p -> p.file().equals("safe.meta.yaml") && p.message().contains("missing"));
  }

  @Test
  void anExtraRuleFileIsNamed() throws IOException {
    copyRules();
    write("foo.drl", "package dev.assay.rules.foo;\n");
    write("bar.meta.yaml", "rules: {}\n");

    List<RuleProblem> problems = problems();
    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.file().equals("foo.drl") && p.message().contains("not a domain rule file")),
        problems::toString);
    assertTrue(
        problems.stream().anyMatch(p -> p.file().equals("bar.meta.yaml")), problems::toString);
  }

  @Test
  void aWrongPackageNamesTheFileTheLineAndTheExpectedPackage() throws IOException {
    copyRules();
    write(
        "privacy.drl",
        read("privacy.drl")
            .replace("package dev.assay.rules.privacy;", "package dev.assay.rules.secure;"));

    assertProblem(
        p ->
            p.file().equals("privacy.drl")
                && p.line() == 1
                && p.message()
                    .equals("package must be dev.assay.rules.privacy, not dev.assay.rules.secure"));
  }

  /** Metadata mistakes need a compiled rule base; they come back together from one load. */
  @Test
  void metadataProblemsComeBackAllAtOnce() throws IOException {
    copy(ShippedRules.SMALL_RULES);
    // sagemaker_clarify_exists loses its metadata entry
    write("fair.meta.yaml", "rules: {}\n");
    // secure.meta.yaml describes a rule nobody defines
    write(
        "secure.meta.yaml",
        read("secure.meta.yaml")
            + "  sagemaker_notebook_ghost:\n    title: t\n    risk: r\n    remediation: m\n");
    // a severity and a resource type that do not exist
    String secure = read("secure.drl");
    int rootLine = lineOf(secure, "rule \"sagemaker_notebook_instance_root_access_disabled\"");
    secure = replaceOnce(secure, "@severity(\"medium\")", "@severity(\"urgent\")");
    secure =
        replaceOnce(secure, "@resourceType(\"NotebookInstance\")", "@resourceType(\"Notebook\")");
    write("secure.drl", secure);
    int clarifyLine = lineOf(read("fair.drl"), "rule \"sagemaker_clarify_exists\"");

    List<RuleProblem> problems = problems();

    assertHas(
        problems,
        p ->
            p.file().equals("fair.drl")
                && p.line() == clarifyLine
                && p.message()
                    .equals("rule sagemaker_clarify_exists has no entry in fair.meta.yaml"));
    assertHas(
        problems,
        p ->
            p.file().equals("secure.meta.yaml")
                && p.message()
                    .equals(
                        "metadata for sagemaker_notebook_ghost, which secure.drl does not define"));
    assertHas(
        problems,
        p ->
            p.file().equals("secure.drl")
                && p.line() == rootLine
                && p.message().contains("@severity must be one of"));
    assertHas(
        problems,
        p ->
            p.file().equals("secure.drl")
                && p.line() == rootLine
                && p.message()
                    .contains("@resourceType must name a resource fact type, not Notebook"));
  }

  @Test
  void aMetadataEntryWithoutProseIsNamed() throws IOException {
    copy(ShippedRules.SMALL_RULES);
    write("fair.meta.yaml", "rules:\n  sagemaker_clarify_exists:\n    title: Clarify\n");

    assertProblem(
        p ->
            p.file().equals("fair.meta.yaml")
                && p.message().equals("rule sagemaker_clarify_exists: missing risk, remediation"));
  }

  @Test
  void theVersionIsAContentHashOfTheFiles() throws IOException {
    copy(ShippedRules.SMALL_RULES);
    RuleBase original = new RuleBaseLoader().load(ShippedRules.SMALL_RULES);
    RuleBase same = new RuleBaseLoader().load(rules);
    assertEquals(original.version(), same.version(), "same files, same version, wherever they are");
    assertEquals(original.files(), same.files());

    write("secure.drl", read("secure.drl") + "\n// a comment changes the text\n");
    RuleBase changedDrl = new RuleBaseLoader().load(rules);
    assertNotEquals(same.version(), changedDrl.version(), "a changed DRL file changes the version");
    assertNotEquals(same.files().get("secure.drl"), changedDrl.files().get("secure.drl"));
    assertEquals(same.files().get("fair.drl"), changedDrl.files().get("fair.drl"));

    write("fair.meta.yaml", read("fair.meta.yaml").replace("go undetected", "stay unseen"));
    RuleBase changedMeta = new RuleBaseLoader().load(rules);
    assertNotEquals(
        changedDrl.version(), changedMeta.version(), "changed metadata changes the version");

    write("parameters.yaml", "parameters:\n  max_days: 30\n");
    RuleBase withParameters = new RuleBaseLoader().load(rules);
    assertNotEquals(changedMeta.version(), withParameters.version(), "parameters are part of it");
    assertEquals(30L, withParameters.parameters().integer("max_days"));
  }

  private void copyRules() throws IOException {
    copy(ShippedRules.RULES);
  }

  private void copy(Path from) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName().toString()));
      }
    }
  }

  private List<RuleProblem> problems() {
    RuleBaseException e =
        assertThrows(RuleBaseException.class, () -> new RuleBaseLoader().load(rules));
    assertTrue(e.getMessage().startsWith("rule base rejected: "), e.getMessage());
    return e.problems();
  }

  private void assertProblem(Predicate<RuleProblem> expected) {
    assertHas(problems(), expected);
  }

  private static void assertHas(List<RuleProblem> problems, Predicate<RuleProblem> expected) {
    assertTrue(problems.stream().anyMatch(expected), () -> "no such problem in " + problems);
  }

  private String read(String name) throws IOException {
    return Files.readString(rules.resolve(name));
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(rules.resolve(name), content);
  }

  private static String replaceOnce(String source, String target, String replacement) {
    assertTrue(source.contains(target), "fixture drifted: " + target);
    return source.replace(target, replacement);
  }

  private static int lineOf(String source, String text) {
    int at = source.indexOf(text);
    assertTrue(at >= 0, "fixture drifted: " + text);
    return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
