package dev.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Builds evaluation request bodies: single inline calls, or a whole snapshot directory inline. */
public final class InlineCalls {

  public static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern FILE =
      Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([A-Z][A-Za-z0-9]*)(?:_(.+))?\\.json");
  private static final Set<String> ENVELOPE = Set.of("request", "response", "error");

  private InlineCalls() {}

  static ObjectNode call(
      String account, String region, String service, String operation, String suffix) {
    ObjectNode call = JSON.createObjectNode();
    call.put("accountId", account).put("region", region).put("service", service);
    call.put("operation", operation);
    if (suffix != null) {
      call.put("suffix", suffix);
    }
    return call;
  }

  public static ObjectNode request(String at, List<ObjectNode> calls) {
    ObjectNode body = JSON.createObjectNode();
    if (at != null) {
      body.put("at", at);
    }
    body.putArray("responses").addAll(calls);
    return body;
  }

  /** Every file of {@code <dir>/<account>/<region>/} as one inline call, in path order. */
  public static ArrayNode fromSnapshot(Path dir) throws IOException {
    ArrayNode calls = JSON.createArrayNode();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = dir.relativize(file);
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (relative.getNameCount() != 3 || !name.matches()) {
          throw new IllegalStateException("not a snapshot file: " + relative);
        }
        ObjectNode call =
            call(
                relative.getName(0).toString(),
                relative.getName(1).toString(),
                name.group(1),
                name.group(2),
                name.group(3));
        addContent(call, JSON.readTree(file.toFile()));
        calls.add(call);
      }
    }
    return calls;
  }

  /** A file holds a bare response or an envelope; inline, both are spelt as envelope fields. */
  private static void addContent(ObjectNode call, JsonNode content) {
    List<String> names = new ArrayList<>();
    content.fieldNames().forEachRemaining(names::add);
    boolean envelope =
        (content.has("response") || content.has("error")) && ENVELOPE.containsAll(names);
    if (envelope) {
      content.fields().forEachRemaining(field -> call.set(field.getKey(), field.getValue()));
    } else {
      call.set("response", content);
    }
  }

  /** The List and Describe calls of one notebook instance with direct internet access. */
  public static List<ObjectNode> openNotebook() {
    String arn = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-open";
    ObjectNode list = call("111111111111", "us-east-1", "sagemaker", "ListNotebookInstances", null);
    list.putObject("response")
        .putArray("NotebookInstances")
        .addObject()
        .put("NotebookInstanceName", "nb-open")
        .put("NotebookInstanceArn", arn);
    ObjectNode describe =
        call("111111111111", "us-east-1", "sagemaker", "DescribeNotebookInstance", "nb-open");
    describe
        .putObject("response")
        .put("NotebookInstanceName", "nb-open")
        .put("NotebookInstanceArn", arn)
        .put("NotebookInstanceStatus", "InService")
        .put("DirectInternetAccess", "Enabled")
        .put("RootAccess", "Disabled")
        .put("SubnetId", "subnet-0abc")
        .put("KmsKeyId", "arn:aws:kms:us-east-1:111111111111:key/1234");
    return List.of(list, describe);
  }
}
