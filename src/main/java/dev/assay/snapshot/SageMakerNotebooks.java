package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.describe;
import static dev.assay.snapshot.SageMakerCalls.listedArn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.CollectionGap;
import dev.assay.fact.NotebookInstance;
import dev.assay.fact.NotebookSecretScan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Notebook instances and the secrets scan of their lifecycle configuration scripts. */
final class SageMakerNotebooks implements Normalizer {

  private static final String TYPE = "NotebookInstance";
  private static final String SCAN = "NotebookSecretScan";

  @Override
  public Set<String> reads() {
    return Set.of(
        "sagemaker.ListNotebookInstances",
        "sagemaker.DescribeNotebookInstance",
        "sagemaker.DescribeNotebookInstanceLifecycleConfig");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(SM, "ListNotebookInstances", "NotebookInstances", TYPE, SCAN)) {
      String name = Json.text(item, "NotebookInstanceName");
      String arn = listedArn(calls, item, "NotebookInstanceArn", "notebook-instance/", name);
      describe(calls, "DescribeNotebookInstance", "NotebookInstanceName", name, arn, TYPE, SCAN)
          .ifPresent(
              d -> {
                NotebookInstance notebook = notebook(calls, d, arn, name);
                out.add(notebook);
                secretScan(calls, notebook, out);
              });
    }
  }

  private static NotebookInstance notebook(ScopeCalls calls, JsonNode d, String arn, String name) {
    return new NotebookInstance(
        Json.text(d, "NotebookInstanceArn", arn),
        calls.accountId(),
        calls.region(),
        name,
        // Both settings default to Enabled when AWS leaves them out.
        !"Disabled".equals(Json.text(d, "DirectInternetAccess")),
        !"Disabled".equals(Json.text(d, "RootAccess")),
        Json.text(d, "SubnetId"),
        Json.text(d, "KmsKeyId"),
        Json.text(d, "PlatformIdentifier"),
        Json.text(d, "NotebookInstanceLifecycleConfigName"));
  }

  private static void secretScan(ScopeCalls calls, NotebookInstance notebook, FactSink out) {
    String config = notebook.lifecycleConfigName();
    if (config == null) {
      out.add(scan(calls, notebook, List.of()));
      return;
    }
    describe(
            calls,
            "DescribeNotebookInstanceLifecycleConfig",
            "NotebookInstanceLifecycleConfigName",
            config,
            notebook.arn(),
            SCAN)
        .ifPresent(
            d ->
                decodedScripts(d)
                    .ifPresentOrElse(
                        scripts -> out.add(scan(calls, notebook, kinds(scripts))),
                        () -> out.gap(undecodable(calls, notebook))));
  }

  private static NotebookSecretScan scan(
      ScopeCalls calls, NotebookInstance notebook, List<String> kinds) {
    return new NotebookSecretScan(
        notebook.arn(),
        calls.accountId(),
        calls.region(),
        notebook.name(),
        notebook.lifecycleConfigName(),
        kinds);
  }

  /** The OnCreate and OnStart scripts, decoded; empty when one is not valid base64. */
  private static Optional<List<String>> decodedScripts(JsonNode config) {
    List<String> scripts = new ArrayList<>();
    for (String hook : List.of("OnCreate", "OnStart")) {
      for (JsonNode script : Json.array(config, hook)) {
        String content = Json.text(script, "Content");
        if (content == null) {
          continue;
        }
        try {
          byte[] bytes = Base64.getDecoder().decode(content.replaceAll("\\s", ""));
          scripts.add(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(scripts);
  }

  private static List<String> kinds(List<String> scripts) {
    TreeSet<String> kinds = new TreeSet<>();
    scripts.forEach(s -> kinds.addAll(SecretScanner.kinds(s)));
    return List.copyOf(kinds);
  }

  /** A script that cannot be decoded cannot be scanned: unknown, never clean. */
  private static CollectionGap undecodable(ScopeCalls calls, NotebookInstance notebook) {
    return new CollectionGap(
        calls.accountId(),
        calls.region(),
        SM,
        "DescribeNotebookInstanceLifecycleConfig",
        SCAN,
        notebook.arn(),
        "UndecodableContent",
        "lifecycle configuration "
            + notebook.lifecycleConfigName()
            + " has a script that is not valid base64");
  }
}
