package dev.assay.bench;

import dev.assay.fact.DeployedModel;
import dev.assay.fact.EndpointAlarms;
import dev.assay.fact.EndpointConfig;
import dev.assay.fact.EndpointMonitoring;
import dev.assay.fact.EndpointScaling;
import dev.assay.fact.EndpointUsage;
import dev.assay.fact.EndpointVariant;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.ModelCard;
import dev.assay.fact.MonitoringSchedule;
import dev.assay.fact.SageMakerTagging;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The floor's SageMaker endpoint checks: keys, instances, monitoring, scaling, model cards, tags.
 */
final class FloorEndpoints {

  private FloorEndpoints() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    endpoints(f, ctx, v);
  }

  private static void endpoints(FactsByType f, EvaluationContext ctx, Violations v) {
    String kms = "sagemaker_endpoint_config_kms_encryption_enabled";
    String instances = "sagemaker_endpoint_config_prod_variant_instances";
    v.checks(kms, instances);
    String configKeys = "sagemaker_endpoint_config_kms_key_arns";
    Map<String, List<EndpointVariant>> variants = new HashMap<>();
    for (EndpointVariant ev : f.of(EndpointVariant.class)) {
      variants.computeIfAbsent(ev.endpointConfigArn(), k -> new java.util.ArrayList<>()).add(ev);
    }
    for (EndpointConfig c : f.of(EndpointConfig.class)) {
      if (!ctx.kmsKeyAllowed(configKeys, c.kmsKeyId())) {
        v.add(
            kms,
            c.arn(),
            c.kmsKeyId() == null
                ? "Endpoint configuration "
                    + c.name()
                    + " has no KMS key for the storage volumes of its instances."
                : FloorBedrock.keyReason(
                    "Endpoint configuration " + c.name(), c.kmsKeyId(), configKeys));
      }
      for (EndpointVariant ev : variants.getOrDefault(c.arn(), List.of())) {
        if (!ev.serverless()
            && (ev.initialInstanceCount() == null || ev.initialInstanceCount() <= 1)) {
          v.add(
              instances,
              c.arn(),
              "Endpoint configuration "
                  + c.name()
                  + " runs production variant "
                  + ev.variantName()
                  + " on fewer than 2 instances.");
        }
      }
    }
    String quality = "sagemaker_endpoint_quality_monitoring_configured";
    String bias = "sagemaker_endpoint_bias_monitoring_configured";
    String explain = "sagemaker_endpoint_explainability_monitoring_configured";
    String report = "sagemaker_endpoint_evaluation_report_provided";
    v.checks(quality, bias, explain, report);
    Set<String> scheduled = new HashSet<>();
    for (MonitoringSchedule s : f.of(MonitoringSchedule.class)) {
      if ("Scheduled".equals(s.status())) {
        scheduled.add(
            s.accountId() + "|" + s.region() + "|" + s.endpointName() + "|" + s.monitoringType());
      }
    }
    for (EndpointMonitoring m : f.of(EndpointMonitoring.class)) {
      String key = m.accountId() + "|" + m.region() + "|" + m.endpointName() + "|";
      if (!scheduled.contains(key + "DataQuality") && !scheduled.contains(key + "ModelQuality")) {
        v.add(
            quality,
            m.arn(),
            "Endpoint "
                + m.endpointName()
                + " has no active data-quality or model-quality monitoring schedule.");
        v.request(
            report,
            m.arn(),
            "No quality monitor watches endpoint "
                + m.endpointName()
                + ": upload an evaluation report of the model it serves (evaluation data, metrics,"
                + " acceptance criteria and the release decision).");
      }
      if (!scheduled.contains(key + "ModelBias")) {
        v.add(
            bias,
            m.arn(),
            "Endpoint " + m.endpointName() + " has no active model-bias monitoring schedule.");
      }
      if (!scheduled.contains(key + "ModelExplainability")) {
        v.add(
            explain,
            m.arn(),
            "Endpoint "
                + m.endpointName()
                + " has no active model-explainability monitoring schedule.");
      }
    }
    String scaling = "sagemaker_endpoint_autoscaling_configured";
    String alarms = "sagemaker_endpoint_availability_alarms_configured";
    String idle = "sagemaker_endpoint_not_idle";
    v.checks(scaling, alarms, idle);
    for (EndpointScaling s : f.of(EndpointScaling.class)) {
      if (!s.unscaledVariants().isEmpty()) {
        v.add(
            scaling,
            s.arn(),
            "Endpoint "
                + s.endpointName()
                + " has no auto scaling target for production variant "
                + String.join(", ", s.unscaledVariants())
                + ".");
      }
    }
    for (EndpointAlarms a : f.of(EndpointAlarms.class)) {
      if (!a.availabilityAlarm()) {
        v.add(
            alarms,
            a.arn(),
            "Endpoint "
                + a.endpointName()
                + " has no CloudWatch alarm on Invocation5XXErrors or ModelLatency.");
      }
    }
    for (EndpointUsage u : f.of(EndpointUsage.class)) {
      if (u.invocations() == 0) {
        v.add(
            idle,
            u.arn(),
            "Endpoint "
                + u.endpointName()
                + " served no invocations in the "
                + u.windowDays()
                + " days collected.");
      }
    }
    String card = "sagemaker_model_card_exists";
    v.checks(card);
    Set<String> approvedCards = new HashSet<>();
    for (ModelCard c : f.of(ModelCard.class)) {
      if ("Approved".equals(c.status()) && c.modelName() != null) {
        approvedCards.add(c.accountId() + "|" + c.region() + "|" + c.modelName().toLowerCase());
      }
    }
    for (DeployedModel d : f.of(DeployedModel.class)) {
      String key =
          d.accountId() + "|" + d.region() + "|" + String.valueOf(d.modelName()).toLowerCase();
      if (!approvedCards.contains(key)) {
        v.add(
            card,
            d.arn(),
            "Model "
                + d.modelName()
                + ", served by endpoint "
                + d.endpointName()
                + ", has no approved model card.");
      }
    }
    String tagged = "sagemaker_resources_tagged";
    v.checks(tagged);
    List<String> required = ctx.strings("sagemaker_required_tag_keys");
    for (SageMakerTagging t : f.of(SageMakerTagging.class)) {
      List<String> missing = t.missingKeys(required);
      if (!missing.isEmpty()) {
        v.add(
            tagged,
            t.arn(),
            "SageMaker "
                + t.kind()
                + " "
                + t.name()
                + " lacks the required tag keys "
                + String.join(", ", missing)
                + ".");
      }
    }
  }
}
