package dev.assay.assessment;

import dev.assay.evaluation.AssayEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Engines for re-evaluation tests, compiled once per JVM from copies of rules/ and frameworks/: one
 * with the notebook internet-access rule inverted (nb-open FAIL to PASS, nb-closed PASS to FAIL),
 * and one whose genai-starter framework renamed STARTER-SEC-01 to STARTER-SEC-90.
 */
public final class ReevaluationEngines {

  public static final String RULE =
      "sagemaker_notebook_instance_without_direct_internet_access_configured";
  public static final String CONDITION = "NotebookInstance( directInternetAccess == true )";
  public static final String INVERTED = "NotebookInstance( directInternetAccess == false )";
  public static final String OLD_ID = "STARTER-SEC-01";
  public static final String NEW_ID = "STARTER-SEC-90";

  private static AssayEngine inverted;
  private static AssayEngine renamed;

  private ReevaluationEngines() {}

  static synchronized AssayEngine inverted() {
    if (inverted == null) {
      Path dir = temp("assay-inverted-");
      Path rules = copy(Path.of("rules"), dir.resolve("rules"));
      invertRule(rules);
      inverted = AssayEngine.load(rules, Path.of("frameworks"), "genai-starter");
    }
    return inverted;
  }

  static synchronized AssayEngine renamed() {
    if (renamed == null) {
      Path frameworks = renameControl(copy(Path.of("frameworks"), temp("assay-renamed-")));
      renamed = AssayEngine.load(Path.of("rules"), frameworks, "genai-starter");
    }
    return renamed;
  }

  /** Inverts the notebook internet-access rule in a rules directory. */
  public static void invertRule(Path rules) {
    Path secure = rules.resolve("secure.drl");
    try {
      String text = Files.readString(secure);
      if (!text.contains(CONDITION)) {
        throw new IllegalStateException("the rule changed; update the test");
      }
      Files.writeString(secure, text.replace(CONDITION, INVERTED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renames STARTER-SEC-01 to STARTER-SEC-90 in a frameworks directory, with renamedFrom. */
  public static Path renameControl(Path frameworks) {
    try {
      Path starter = frameworks.resolve("genai-starter.yaml");
      String text = Files.readString(starter);
      String declared = "      - id: " + OLD_ID + "\n";
      if (!text.contains(declared)) {
        throw new IllegalStateException("the framework changed; update the test");
      }
      Files.writeString(
          starter,
          text.replace(
              declared, "      - id: " + NEW_ID + "\n        renamedFrom: [" + OLD_ID + "]\n"));
      Path bedrockOnly = frameworks.resolve("genai-starter-bedrock-only.yaml");
      Files.writeString(bedrockOnly, Files.readString(bedrockOnly).replace(OLD_ID, NEW_ID));
      return frameworks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temp(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
