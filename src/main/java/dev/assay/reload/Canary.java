package dev.assay.reload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.evaluation.AssayEngine;
import dev.assay.framework.Framework;
import dev.assay.rules.RuleInfo;
import dev.assay.snapshot.RecordedCall;
import dev.assay.snapshot.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Evaluates a small built-in snapshot with a candidate engine on every framework. A DRL file can
 * compile and still fail when its rules fire (a consequence that throws, a method that does not
 * exist at run time); such a rule base must never serve, so the canary runs before every swap. The
 * sample has a compliant and a non-compliant notebook, a failed call and an empty logging
 * configuration, so that rules on both paths fire and gaps are judged.
 */
final class Canary {

  private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");
  private static final String ARN = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/";
  private static final String SAMPLE =
      """
      [
        {"service": "sagemaker", "operation": "ListNotebookInstances", "response":
          {"NotebookInstances": [{"NotebookInstanceName": "nb-open", "NotebookInstanceArn": "%1$snb-open"},
                                 {"NotebookInstanceName": "nb-ok", "NotebookInstanceArn": "%1$snb-ok"}]}},
        {"service": "sagemaker", "operation": "DescribeNotebookInstance", "suffix": "nb-open", "response":
          {"NotebookInstanceName": "nb-open", "NotebookInstanceArn": "%1$snb-open",
           "NotebookInstanceStatus": "InService", "DirectInternetAccess": "Enabled", "RootAccess": "Enabled"}},
        {"service": "sagemaker", "operation": "DescribeNotebookInstance", "suffix": "nb-ok", "response":
          {"NotebookInstanceName": "nb-ok", "NotebookInstanceArn": "%1$snb-ok", "NotebookInstanceStatus": "InService",
           "DirectInternetAccess": "Disabled", "RootAccess": "Disabled", "SubnetId": "subnet-1",
           "KmsKeyId": "arn:aws:kms:us-east-1:111111111111:key/k1"}},
        {"service": "bedrock", "operation": "GetModelInvocationLoggingConfiguration", "response": {}},
        {"service": "bedrock", "operation": "ListGuardrails",
         "error": {"Code": "AccessDeniedException", "Message": "not authorized (canary)"}}
      ]
      """
          .formatted(ARN);

  private Canary() {}

  /** The problems the canary found: none when every framework evaluated. */
  static List<String> run(AssayEngine engine) {
    Snapshot snapshot;
    try {
      snapshot = engine.inlineSnapshots().build(sample());
    } catch (RuntimeException e) {
      // The sample is ours; if the normalizers no longer take it, that is not the analyst's fault.
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    for (Framework framework : engine.frameworks().all()) {
      try {
        engine.evaluate(snapshot, framework.id(), AT);
      } catch (RuntimeException e) {
        problems.add(describe(engine, framework, e));
        break;
      }
    }
    return problems;
  }

  private static String describe(AssayEngine engine, Framework framework, RuntimeException e) {
    String where =
        consequence(e)
            .flatMap(rule -> engine.ruleBase().rule(rule))
            .map(Canary::location)
            .orElse("canary");
    return where
        + ": rule base fails when its rules run (canary evaluation of framework "
        + framework.id()
        + "): "
        + root(e);
  }

  private static String location(RuleInfo rule) {
    return rule.file() + ":" + rule.line() + ": rule " + rule.id();
  }

  private static Optional<String> consequence(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConsequenceException c && c.getRule() != null) {
        return Optional.of(c.getRule().getName());
      }
    }
    return Optional.empty();
  }

  private static String root(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return (root.getClass().getSimpleName() + message).strip().replaceAll("\\s+", " ");
  }

  static List<RecordedCall> sample() {
    try {
      List<RecordedCall> calls = new ArrayList<>();
      for (JsonNode call : new ObjectMapper().readTree(SAMPLE)) {
        calls.add(
            new RecordedCall(
                "111111111111",
                "us-east-1",
                call.get("service").asText(),
                call.get("operation").asText(),
                call.has("suffix") ? call.get("suffix").asText() : null,
                null,
                call.get("response"),
                call.get("error")));
      }
      return calls;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the canary sample is valid JSON", e);
    }
  }
}
