package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DRL that would reach outside the rule engine (files, network, processes, threads, reflection,
 * class loading, scripting) is refused before it is compiled, with the file and line; the shipped
 * rules pass.
 */
class DrlDenylistTest {

  @TempDir Path rules;

  @Test
  void theShippedRulesAndTheSmallRulesPass() throws IOException {
    for (Path dir : List.of(ShippedRules.RULES, ShippedRules.SMALL_RULES)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
          assertEquals(
              List.of(),
              DrlDenylist.check(drl.getFileName().toString(), Files.readString(drl)),
              drl.toString());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "import java.io.File;",
        "import java.nio.file.Files;",
        "import java.net.Socket;",
        "import java.lang.reflect.Method;",
        "import javax.script.ScriptEngineManager;",
        "import sun.misc.Unsafe;",
        "import static java.lang.System.exit;",
        "import function java.lang.Runtime.getRuntime;",
        "import java.util.concurrent.Executors;",
      })
  void aRefusedImportIsNamedWithItsLine(String importLine) {
    String drl = "package dev.assay.rules.secure;\n\n" + importLine + "\n";
    List<RuleProblem> problems = DrlDenylist.check("secure.drl", drl);
    assertTrue(!problems.isEmpty(), importLine);
    assertEquals(3, problems.get(0).line(), problems.toString());
    assertTrue(problems.get(0).message().contains("not allowed in rules"), problems.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "System.exit(1);",
        "Runtime.getRuntime().exec(\"rm -rf /\");",
        "new ProcessBuilder(\"sh\").start();",
        "new Thread(() -> {}).start();",
        "Class.forName(\"x\");",
        "$n.getClass().getClassLoader();",
        "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
        "new java.net.URL(\"http://example.com\").openStream();",
        "Object o = $n.getClass().getDeclaredMethods();",
      })
  void aConsequenceThatReachesOutIsRefused(String statement) {
    String drl =
        """
        package dev.assay.rules.secure;
        import dev.assay.fact.NotebookInstance;
        rule "r"
        when
            $n : NotebookInstance()
        then
            %s
        end
        """
            .formatted(statement);
    List<RuleProblem> problems = DrlDenylist.check("secure.drl", drl);
    assertTrue(!problems.isEmpty(), statement);
    assertTrue(problems.stream().allMatch(p -> p.line() == 7), problems.toString());
  }

  @Test
  void aFunctionBodyIsCheckedToo() {
    String drl =
        """
        package dev.assay.rules.secure;

        function String read(String name) {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(name)));
        }
        """;
    List<RuleProblem> problems = DrlDenylist.check("secure.drl", drl);
    assertTrue(!problems.isEmpty());
    assertEquals(4, problems.get(0).line());
    assertTrue(problems.get(0).toString().startsWith("secure.drl:4: "), problems.toString());
  }

  @Test
  void wordsInStringsAndCommentsAreNotCode() {
    String drl =
        """
        package dev.assay.rules.secure;
        // System.exit is not called here; java.io neither
        /* Runtime.getRuntime() */
        rule "r"
        when
        then
            insert("System.exit(0) and java.net.URL are only words here");
        end
        """;
    assertEquals(List.of(), DrlDenylist.check("secure.drl", drl));
  }

  @Test
  void theLoaderRefusesTheRuleBaseWithFileAndLine() throws IOException {
    try (Stream<Path> files = Files.list(ShippedRules.SMALL_RULES)) {
      for (Path f : files.toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Path secure = rules.resolve("secure.drl");
    String source = Files.readString(secure);
    Files.writeString(
        secure,
        source.replace(
            "then\n    insert(", "then\n    System.exit(3);\n    insert(" /* line 14 */));

    RuleBaseException e =
        assertThrows(RuleBaseException.class, () -> new RuleBaseLoader().load(rules));

    assertTrue(
        e.problems().stream()
            .anyMatch(
                p ->
                    p.file().equals("secure.drl")
                        && p.line() == 14
                        && p.message().startsWith("System is not allowed in rules")),
        e.problems().toString());
  }
}
