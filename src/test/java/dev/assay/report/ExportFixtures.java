package dev.assay.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.ControlStatus;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import dev.assay.evaluation.TaskStatus;
import dev.assay.framework.Control;
import dev.assay.framework.ControlSet;
import dev.assay.framework.ControlType;
import dev.assay.framework.Framework;
import dev.assay.rules.Domain;
import dev.assay.rules.RuleInfo;
import dev.assay.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results the export tests write: the shipped example snapshot evaluated with the shipped
 * rules, and a small hand-made result with every status, every control outcome and text that needs
 * quoting or escaping.
 */
public final class ExportFixtures {

  static final String AT = "2026-11-20T00:00:00Z";
  static final ObjectMapper JSON = new ObjectMapper();
  private static AssayEngine engine;
  private static ExportContext example;

  private ExportFixtures() {}

  static synchronized AssayEngine engine() {
    if (engine == null) {
      engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-starter");
    }
    return engine;
  }

  /**
   * The golden result of the example snapshot (FAIL, PASS, ERROR and NOT_APPLICABLE findings and
   * open tasks) with the shipped rules and frameworks; read from the golden file, so a snapshot
   * being rewritten does not disturb these tests.
   */
  static synchronized ExportContext example() {
    if (example == null) {
      try (InputStream in =
          ExportFixtures.class.getResourceAsStream("/golden/examples-snapshot.json")) {
        example = ExportContext.of(engine(), JSON.readValue(in, EvaluationResult.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return example;
  }

  static final String TRICKY =
      "Role \"ops, admin\" <allows> & = everything;\nsecond line, with comma";

  /** Every status and every control outcome, on a two-set framework. */
  static ExportContext synthetic() {
    String arn1 = "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1";
    String arn2 = "arn:aws:iam::111111111111:role/ops";
    String arn3 = "arn:aws:sagemaker:eu-west-1:222222222222:notebook-instance/*";
    String arn4 = "arn:aws-cn:sagemaker:cn-north-1:333333333333:endpoint/e1";
    List<Finding> findings =
        List.of(
            new Finding(
                "svc_pass_rule",
                List.of("C-PASS", "C-FAIL"),
                Status.PASS,
                "medium",
                arn1,
                "Guardrail",
                "111111111111",
                "us-east-1",
                arn1 + " meets the rule."),
            new Finding(
                "svc_fail_rule",
                List.of("C-FAIL"),
                Status.FAIL,
                "critical",
                arn2,
                "IamRole",
                "111111111111",
                "global",
                TRICKY),
            new Finding(
                "svc_error_rule",
                List.of("C-ERR"),
                Status.ERROR,
                "low",
                arn4,
                "Endpoint",
                "333333333333",
                "cn-north-1",
                "Could not read it (AccessDenied)."),
            new Finding(
                "svc_na_rule",
                List.of("C-NA"),
                Status.NOT_APPLICABLE,
                "informational",
                arn3,
                "NotebookInstance",
                "222222222222",
                "eu-west-1",
                "No notebook instance."));
    List<ControlResult> controls =
        List.of(
            new ControlResult(
                "C-PASS", "secure", "Passing control", ControlStatus.COMPLIANT, 1, 0, 0, 0, 0),
            new ControlResult(
                "C-FAIL",
                "secure",
                "Failing <control> & co",
                ControlStatus.NON_COMPLIANT,
                1,
                1,
                0,
                0,
                0),
            new ControlResult(
                "C-ERR", "privacy", "Unreadable", ControlStatus.INCONCLUSIVE, 0, 0, 1, 0, 0),
            new ControlResult(
                "C-NA", "privacy", "Nothing there", ControlStatus.NOT_APPLICABLE, 0, 0, 0, 1, 0),
            new ControlResult(
                "C-TASK", "privacy", "Manual", ControlStatus.INCONCLUSIVE, 0, 0, 0, 0, 1));
    List<Task> tasks =
        List.of(
            new Task("C-TASK", null, TaskStatus.OPEN, "2026-11-20", "Upload the policy, signed."),
            new Task("C-PASS", null, TaskStatus.SATISFIED, "2027-11-20", "Already there."));
    EvaluationResult result =
        new EvaluationResult(
            "sha256:0123456789abcdef",
            "test-fw",
            "1.2.3",
            AT,
            List.of(),
            findings,
            controls,
            tasks);
    Framework framework =
        new Framework(
            "test-fw",
            "Test framework",
            "1.2.3",
            "For tests",
            "Standard",
            List.of(
                new ControlSet(
                    "secure",
                    "Secure",
                    "",
                    List.of(
                        control("C-PASS", "Passing control", "svc_pass_rule"),
                        control(
                            "C-FAIL", "Failing <control> & co", "svc_pass_rule", "svc_fail_rule"))),
                new ControlSet(
                    "privacy",
                    "Privacy",
                    "",
                    List.of(
                        control("C-ERR", "Unreadable", "svc_error_rule"),
                        control("C-NA", "Nothing there", "svc_na_rule"),
                        control("C-TASK", "Manual"))),
                new ControlSet("unused", "Unused", "", List.of())),
            "sha256:ff");
    Map<String, RuleInfo> rules =
        Map.of(
            "svc_pass_rule", rule("svc_pass_rule", Severity.MEDIUM),
            "svc_fail_rule", rule("svc_fail_rule", Severity.CRITICAL),
            "svc_error_rule", rule("svc_error_rule", Severity.LOW),
            "svc_na_rule", rule("svc_na_rule", Severity.INFORMATIONAL));
    return new ExportContext(
        result, framework, rules, "9.9.9", null, ExportContext.DEFAULT_VALIDITY);
  }

  private static Control control(String id, String name, String... rules) {
    return new Control(
        id,
        name,
        "desc",
        "secure",
        rules.length == 0 ? ControlType.MANUAL : ControlType.AUTOMATED,
        List.of(rules),
        List.of(),
        null,
        null,
        null);
  }

  private static RuleInfo rule(String id, Severity severity) {
    return new RuleInfo(
        id,
        Domain.SECURE,
        "secure.drl",
        1,
        severity,
        "Guardrail",
        "Title of " + id,
        "Risk of " + id,
        "Fix " + id + ", then rerun.",
        List.of("https://docs.aws.amazon.com/" + id),
        null,
        false);
  }

  /** The statuses the evaluation decided, by (check, resource), tasks as PENDING. */
  static Map<String, String> expectedStatuses(ExportContext ctx) {
    return ctx.items().stream()
        .collect(Collectors.toMap(ExportItem::key, i -> i.status().name(), (a, b) -> a));
  }

  public static Set<String> validate(String schemaFile, String document) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = ExportFixtures.class.getResourceAsStream("/schemas/" + schemaFile)) {
      JsonSchema schema = factory.getSchema(JSON.readTree(in), config);
      JsonNode doc = JSON.readTree(document);
      return schema.validate(doc).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ExportContext> contexts() {
    return List.of(example(), synthetic());
  }

  /**
   * A private copy of {@code examples/snapshot}, so a test's repeated evaluations read the same
   * files even while someone regenerates the example.
   */
  public static java.nio.file.Path exampleSnapshotCopy(java.nio.file.Path into) {
    java.nio.file.Path from =
        java.nio.file.Path.of(System.getProperty("assay.example.snapshot", "examples/snapshot"));
    try (var paths = java.nio.file.Files.walk(from)) {
      for (java.nio.file.Path p : paths.toList()) {
        java.nio.file.Path target = into.resolve(from.relativize(p).toString());
        if (java.nio.file.Files.isDirectory(p)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(p, target);
        }
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
