package dev.assay.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.Cli;
import dev.assay.evaluation.AssayEngine;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;

/** Runs CLI commands in process and reads their results, for the collector tests. */
final class Runs {

  static final String AT = "2026-11-20T00:00:00Z";

  record Run(int exit, String out, String err) {}

  private static AssayEngine engine;

  private Runs() {}

  /** The SDK's default chain reads these: moto accepts any key. */
  static void useTestCredentials() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
  }

  static Run cli(String... args) {
    CommandLine cli = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * {@code rule | resource -> status} of an evaluation, to compare two evaluations whole. One
   * engine (rules and frameworks as the CLI finds them) serves every test: compiling the rule base
   * is most of an evaluation's time.
   */
  static Map<String, String> statuses(Path snapshot) {
    AssayEngine assay = engine();
    var result = assay.evaluate(assay.snapshotReader().read(snapshot), null, Instant.parse(AT));
    Map<String, String> statuses = new TreeMap<>();
    result
        .findings()
        .forEach(f -> statuses.put(f.ruleId() + " | " + f.resourceArn(), f.status().name()));
    return statuses;
  }

  private static synchronized AssayEngine engine() {
    if (engine == null) {
      engine =
          AssayEngine.load(
              Path.of(env("ASSAY_RULES_DIR", "rules")),
              Path.of(env("ASSAY_FRAMEWORKS_DIR", "frameworks")),
              env("ASSAY_DEFAULT_FRAMEWORK", "genai-starter"));
    }
    return engine;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static Map<String, String> statuses(String json) {
    try {
      Map<String, String> statuses = new TreeMap<>();
      for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
        statuses.put(
            f.get("ruleId").asText() + " | " + f.get("resourceArn").asText(),
            f.get("status").asText());
      }
      return statuses;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of a snapshot with only the files of the given operations, to compare a collection with
   * a hand-made snapshot on what the hand-made one covers.
   */
  static Path only(Path snapshot, java.util.Set<String> operations, Path copy) {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(snapshot)) {
      for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        String operation = file.getFileName().toString().replaceFirst("(_.*)?\\.json$", "");
        if (operations.contains(operation)) {
          Path target = copy.resolve(snapshot.relativize(file).toString());
          java.nio.file.Files.createDirectories(target.getParent());
          java.nio.file.Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /** The {@code service.Operation}s a snapshot holds files of. */
  static java.util.Set<String> operationsIn(Path snapshot) {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(snapshot)) {
      return files
          .filter(java.nio.file.Files::isRegularFile)
          .map(f -> f.getFileName().toString().replaceFirst("(_.*)?\\.json$", ""))
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every fact and gap the normalizers make of a snapshot, as sorted text for readable diffs. */
  static List<String> facts(Path snapshot) {
    Normalization normalization = Normalization.standard();
    NormalizedSnapshot n =
        normalization.normalize(new SnapshotReader(normalization.knownOperations()).read(snapshot));
    return java.util.stream.Stream.concat(n.facts().stream(), n.gaps().stream())
        .map(Object::toString)
        .sorted()
        .toList();
  }
}
