package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.fact.DeployedModel;
import dev.assay.fact.Endpoint;
import dev.assay.fact.ModelCard;
import dev.assay.snapshot.SageMakerEndpoints.Served;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Model cards, and the models they must document: those named by the endpoint configuration of an
 * in-service endpoint. Only approved cards can make a model compliant, so only they are described.
 */
final class SageMakerModelCards {

  private static final String TYPE = "DeployedModel";
  private static final ObjectMapper JSON = new ObjectMapper();

  Set<String> reads() {
    return Set.of("sagemaker.ListModelCards", "sagemaker.DescribeModelCard");
  }

  void normalize(ScopeCalls calls, List<Served> served, FactSink out) {
    if (served.isEmpty()) {
      return;
    }
    List<JsonNode> cards = calls.listItems(SM, "ListModelCards", "ModelCardSummaries", TYPE);
    if (!SageMakerCalls.listed(calls, SM, "ListModelCards")) {
      return;
    }
    Map<String, DeployedModel> deployed = deployedModels(calls, served);
    List<ModelCard> approved = new ArrayList<>();
    for (JsonNode summary : cards) {
      if (!"Approved".equals(Json.text(summary, "ModelCardStatus"))) {
        continue;
      }
      String name = Json.text(summary, "ModelCardName");
      Predicate<ApiCall> about = c -> SageMakerCalls.names(c, "ModelCardName", name);
      Optional<ApiCall> call =
          calls.all(SM, "DescribeModelCard").stream().filter(about).findFirst();
      if (call.isEmpty() || call.get().failed()) {
        // The unreadable card could document any deployed model: each of them is unknown.
        deployed
            .values()
            .forEach(m -> calls.callAbout(SM, "DescribeModelCard", about, m.arn(), TYPE));
        return;
      }
      JsonNode d = call.get().response();
      approved.add(
          new ModelCard(
              calls.accountId(),
              calls.region(),
              name,
              Json.text(d, "ModelCardStatus"),
              documentedModel(d)));
    }
    approved.forEach(out::add);
    deployed.values().forEach(out::add);
  }

  /** The models of the in-service endpoints, by name; an unreadable configuration is a gap. */
  private static Map<String, DeployedModel> deployedModels(ScopeCalls calls, List<Served> served) {
    Map<String, DeployedModel> models = new LinkedHashMap<>();
    for (Served s : served) {
      Endpoint e = s.endpoint();
      SageMakerCalls.describe(
              calls,
              "DescribeEndpointConfig",
              "EndpointConfigName",
              e.endpointConfigName(),
              e.arn(),
              TYPE)
          .ifPresent(
              config -> {
                for (JsonNode variant : Json.array(config, "ProductionVariants")) {
                  String model = Json.text(variant, "ModelName");
                  if (model != null && !models.containsKey(model)) {
                    models.put(
                        model,
                        new DeployedModel(
                            calls.arn(SM, "model/" + model.toLowerCase(java.util.Locale.ROOT)),
                            calls.accountId(),
                            calls.region(),
                            model,
                            e.name()));
                  }
                }
              });
    }
    return models;
  }

  /**
   * The model a card documents: {@code model_overview.model_name}, else the name in the {@code
   * model_overview.model_id} ARN. {@code Content} is a JSON document in a string.
   */
  private static String documentedModel(JsonNode card) {
    JsonNode content = card.get("Content");
    if (content != null && content.isTextual()) {
      try {
        content = JSON.readTree(content.asText());
      } catch (JsonProcessingException malformed) {
        return null;
      }
    }
    JsonNode overview = content == null ? null : content.path("model_overview");
    String name = Json.text(overview, "model_name");
    String id = Json.text(overview, "model_id");
    if (name == null && id != null && id.contains(":model/")) {
      name = id.substring(id.indexOf(":model/") + ":model/".length());
    }
    return name;
  }
}
