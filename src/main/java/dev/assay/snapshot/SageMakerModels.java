package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.describe;
import static dev.assay.snapshot.SageMakerCalls.hasSubnets;
import static dev.assay.snapshot.SageMakerCalls.listedArn;
import static dev.assay.snapshot.SageMakerCalls.on;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ModelContainer;
import dev.assay.fact.SageMakerModel;
import java.util.List;
import java.util.Set;

/** SageMaker models and their containers. */
final class SageMakerModels implements Normalizer {

  @Override
  public Set<String> reads() {
    return Set.of("sagemaker.ListModels", "sagemaker.DescribeModel");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    String type = "SageMakerModel";
    for (JsonNode item : calls.listItems(SM, "ListModels", "Models", type)) {
      String name = Json.text(item, "ModelName");
      String listedArn = listedArn(calls, item, "ModelArn", "model/", name);
      describe(calls, "DescribeModel", "ModelName", name, listedArn, type)
          .ifPresent(d -> model(calls, d, Json.text(d, "ModelArn", listedArn), name, out));
    }
  }

  private static void model(ScopeCalls calls, JsonNode d, String arn, String name, FactSink out) {
    // A model has either one PrimaryContainer or a list of Containers (pipeline, multi-container).
    List<JsonNode> containers = Json.array(d, "Containers");
    if (containers.isEmpty() && d.path("PrimaryContainer").isObject()) {
      containers = List.of(d.get("PrimaryContainer"));
    }
    out.add(
        new SageMakerModel(
            arn,
            calls.accountId(),
            calls.region(),
            name,
            on(d, "EnableNetworkIsolation"),
            hasSubnets(d),
            containers.size()));
    int index = 1;
    for (JsonNode container : containers) {
      String containerName =
          Json.text(
              container, "ContainerHostname", Json.text(container, "Image", "container " + index));
      out.add(
          new ModelContainer(
              arn,
              containerName,
              Json.text(container.path("ImageConfig"), "RepositoryAccessMode", "Platform")));
      index++;
    }
  }
}
