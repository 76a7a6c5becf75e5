package dev.assay.bench;

import dev.assay.fact.ClarifyAdoption;
import dev.assay.fact.DeployedModel;
import dev.assay.fact.EndpointAlarms;
import dev.assay.fact.EndpointConfig;
import dev.assay.fact.EndpointMonitoring;
import dev.assay.fact.EndpointScaling;
import dev.assay.fact.EndpointUsage;
import dev.assay.fact.EndpointVariant;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.FeatureGroup;
import dev.assay.fact.HumanReviewAdoption;
import dev.assay.fact.HumanReviewFlow;
import dev.assay.fact.ModelCard;
import dev.assay.fact.ModelContainer;
import dev.assay.fact.ModelMonitorAdoption;
import dev.assay.fact.ModelPackage;
import dev.assay.fact.ModelPackageGroup;
import dev.assay.fact.ModelRegistryAdoption;
import dev.assay.fact.MonitoringJobDefinition;
import dev.assay.fact.MonitoringSchedule;
import dev.assay.fact.NotebookInstance;
import dev.assay.fact.NotebookSecretScan;
import dev.assay.fact.ProcessingJob;
import dev.assay.fact.SageMakerModel;
import dev.assay.fact.SageMakerTagging;
import dev.assay.fact.TrainingJob;
import dev.assay.fact.TransformJob;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The floor's SageMaker checks: the rules' conditions as plain Java over the fact lists. */
final class FloorSageMaker {

  private FloorSageMaker() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    notebooks(f, ctx, v);
    modelsAndJobs(f, v);
    endpoints(f, ctx, v);
    adoption(f, v);
  }

  private static void notebooks(FactsByType f, EvaluationContext ctx, Violations v) {
    String internet = "sagemaker_notebook_instance_without_direct_internet_access_configured";
    String root = "sagemaker_notebook_instance_root_access_disabled";
    String vpc = "sagemaker_notebook_instance_vpc_settings_configured";
    String kms = "sagemaker_notebook_instance_encryption_enabled";
    String platform = "sagemaker_notebook_instance_platform_supported";
    String secrets = "sagemaker_notebook_instance_no_secrets";
    v.checks(internet, root, vpc, kms, platform, secrets);
    List<String> supported = ctx.strings("sagemaker_supported_notebook_platforms");
    String notebookKeys = "sagemaker_notebook_instance_kms_key_arns";
    for (NotebookInstance n : f.of(NotebookInstance.class)) {
      if (n.directInternetAccess()) {
        v.add(
            internet,
            n.arn(),
            "Notebook instance " + n.name() + " has direct internet access enabled.");
      }
      if (n.rootAccess()) {
        v.add(root, n.arn(), "Notebook instance " + n.name() + " gives its users root access.");
      }
      if (n.subnetId() == null) {
        v.add(vpc, n.arn(), "Notebook instance " + n.name() + " is not in a VPC subnet.");
      }
      if (!ctx.kmsKeyAllowed(notebookKeys, n.kmsKeyId())) {
        v.add(
            kms,
            n.arn(),
            n.kmsKeyId() == null
                ? "Notebook instance " + n.name() + " has no KMS key for its storage volume."
                : FloorBedrock.keyReason(
                    "Notebook instance " + n.name(), n.kmsKeyId(), notebookKeys));
      }
      if (n.platformIdentifier() == null || !supported.contains(n.platformIdentifier())) {
        v.add(
            platform,
            n.arn(),
            "Notebook instance "
                + n.name()
                + " runs "
                + (n.platformIdentifier() == null
                    ? "an unreported platform"
                    : "platform " + n.platformIdentifier())
                + ", which is not a supported notebook platform.");
      }
    }
    for (NotebookSecretScan s : f.of(NotebookSecretScan.class)) {
      if (!s.secretKinds().isEmpty()) {
        v.add(
            secrets,
            s.arn(),
            "Lifecycle configuration "
                + s.lifecycleConfigName()
                + " of notebook instance "
                + s.notebookName()
                + " contains clear-text credentials ("
                + String.join(", ", s.secretKinds())
                + ").");
      }
    }
  }

  private static void modelsAndJobs(FactsByType f, Violations v) {
    String isolation = "sagemaker_models_network_isolation_enabled";
    String vpc = "sagemaker_models_vpc_settings_configured";
    String registry = "sagemaker_model_multicontainer_private_registry";
    v.checks(isolation, vpc, registry);
    Map<String, List<ModelContainer>> containers = new HashMap<>();
    for (ModelContainer c : f.of(ModelContainer.class)) {
      containers.computeIfAbsent(c.modelArn(), k -> new java.util.ArrayList<>()).add(c);
    }
    for (SageMakerModel m : f.of(SageMakerModel.class)) {
      if (!m.networkIsolation()) {
        v.add(isolation, m.arn(), "Model " + m.name() + " does not enable network isolation.");
      }
      if (!m.vpcConfigured()) {
        v.add(vpc, m.arn(), "Model " + m.name() + " has no VPC subnets configured.");
      }
      if (m.containerCount() >= 2) {
        for (ModelContainer c : containers.getOrDefault(m.arn(), List.of())) {
          if (!"Vpc".equals(c.repositoryAccessMode())) {
            v.add(
                registry,
                m.arn(),
                "Multi-container model "
                    + m.name()
                    + " pulls container "
                    + c.containerName()
                    + " from outside a private registry in its VPC (RepositoryAccessMode "
                    + c.repositoryAccessMode()
                    + ").");
          }
        }
      }
    }
    String ice = "sagemaker_training_jobs_intercontainer_encryption_enabled";
    String tIsolation = "sagemaker_training_jobs_network_isolation_enabled";
    String tVpc = "sagemaker_training_jobs_vpc_settings_configured";
    String tKms = "sagemaker_training_jobs_volume_and_output_encryption_enabled";
    v.checks(ice, tIsolation, tVpc, tKms);
    for (TrainingJob t : f.of(TrainingJob.class)) {
      if (!t.interContainerEncryption()) {
        v.add(
            ice,
            t.arn(),
            "Training job " + t.name() + " does not encrypt traffic between its containers.");
      }
      if (!t.networkIsolation()) {
        v.add(
            tIsolation,
            t.arn(),
            "Training job " + t.name() + " does not enable network isolation.");
      }
      if (!t.vpcConfigured()) {
        v.add(tVpc, t.arn(), "Training job " + t.name() + " has no VPC subnets configured.");
      }
      if (t.volumeKmsKeyId() == null || t.outputKmsKeyId() == null) {
        v.add(
            tKms,
            t.arn(),
            "Training job "
                + t.name()
                + " has no KMS key for "
                + (t.volumeKmsKeyId() == null && t.outputKmsKeyId() == null
                    ? "its storage volume or its output"
                    : t.volumeKmsKeyId() == null ? "its storage volume" : "its output")
                + ".");
      }
    }
    String proc = "sagemaker_processing_job_volume_encrypted_with_cmk";
    String transform = "sagemaker_transform_job_volume_encrypted_with_cmk";
    v.checks(proc, transform);
    for (ProcessingJob p : f.of(ProcessingJob.class)) {
      if (p.volumeKmsKeyId() == null) {
        v.add(
            proc,
            p.arn(),
            "Processing job " + p.name() + " has no customer KMS key for its storage volume.");
      }
    }
    for (TransformJob t : f.of(TransformJob.class)) {
      if (t.volumeKmsKeyId() == null) {
        v.add(
            transform,
            t.arn(),
            "Transform job " + t.name() + " has no customer KMS key for its storage volume.");
      }
    }
    String monIsolation = "sagemaker_monitoring_job_network_isolation_enabled";
    String monIce = "sagemaker_monitoring_job_intercontainer_encryption_enabled";
    v.checks(monIsolation, monIce);
    for (MonitoringJobDefinition d : f.of(MonitoringJobDefinition.class)) {
      if (!d.networkIsolation()) {
        v.add(
            monIsolation,
            d.arn(),
            "Monitoring job definition "
                + d.name()
                + " ("
                + d.monitoringType()
                + ") does not enable network isolation.");
      }
      if (!d.interContainerEncryption() && (d.instanceCount() == null || d.instanceCount() >= 2)) {
        v.add(
            monIce,
            d.arn(),
            "Monitoring job definition "
                + d.name()
                + " ("
                + d.monitoringType()
                + ") runs on several instances without encrypting traffic between them.");
      }
    }
    String approval = "sagemaker_model_package_manual_approval_required";
    v.checks(approval);
    for (ModelPackage p : f.of(ModelPackage.class)) {
      if (p.approvedAtRegistration()) {
        v.add(
            approval,
            p.arn(),
            "Version "
                + p.version()
                + " of model package group "
                + p.groupName()
                + " was registered as Approved, without a manual approval.");
      }
    }
    String offline = "sagemaker_featuregroup_offline_store_encrypted";
    String online = "sagemaker_featuregroup_online_store_encrypted";
    v.checks(offline, online);
    for (FeatureGroup g : f.of(FeatureGroup.class)) {
      if (g.offlineStore() && g.offlineKmsKeyId() == null) {
        v.add(
            offline,
            g.arn(),
            "Feature group " + g.name() + " writes its offline store to S3 without a KMS key.");
      }
      if (g.onlineStore()
          && !"InMemory".equals(g.onlineStorageType())
          && g.onlineKmsKeyId() == null) {
        v.add(
            online,
            g.arn(),
            "Feature group " + g.name() + " keeps its online store without a customer KMS key.");
      }
    }
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

  /** The end of a region-level reason: where, and that the service is in use there. */
  private static String inUse(String accountId, String region) {
    return " in account " + accountId + " region " + region + ", where SageMaker is in use.";
  }

  /** Region-level checks: a region where SageMaker is used must show the practice somewhere. */
  private static void adoption(FactsByType f, Violations v) {
    String monitor = "sagemaker_models_monitor_enabled";
    String registry = "sagemaker_models_registry_in_use";
    String review = "sagemaker_human_review_workflow_configured";
    String clarify = "sagemaker_clarify_exists";
    v.checks(monitor, registry, review, clarify);
    Set<String> withSchedule = new HashSet<>();
    for (MonitoringSchedule s : f.of(MonitoringSchedule.class)) {
      if ("Scheduled".equals(s.status())) {
        withSchedule.add(s.accountId() + "|" + s.region());
      }
    }
    Set<String> withApproved = new HashSet<>();
    for (ModelPackageGroup g : f.of(ModelPackageGroup.class)) {
      if (g.approvedPackage()) {
        withApproved.add(g.accountId() + "|" + g.region());
      }
    }
    Set<String> withFlow = new HashSet<>();
    for (HumanReviewFlow h : f.of(HumanReviewFlow.class)) {
      if ("Active".equals(h.status())) {
        withFlow.add(h.accountId() + "|" + h.region());
      }
    }
    Set<String> withClarify = new HashSet<>();
    for (ProcessingJob p : f.of(ProcessingJob.class)) {
      if (p.imageUri() != null && p.imageUri().contains("sagemaker-clarify-processing")) {
        withClarify.add(p.accountId() + "|" + p.region());
      }
    }
    for (ModelMonitorAdoption a : f.of(ModelMonitorAdoption.class)) {
      if (a.inUse() && !withSchedule.contains(a.accountId() + "|" + a.region())) {
        v.add(
            monitor,
            a.arn(),
            "No SageMaker Model Monitor schedule is active (Scheduled)"
                + inUse(a.accountId(), a.region()));
      }
    }
    for (ModelRegistryAdoption a : f.of(ModelRegistryAdoption.class)) {
      if (a.inUse() && !withApproved.contains(a.accountId() + "|" + a.region())) {
        v.add(
            registry,
            a.arn(),
            "No approved model package in the SageMaker Model Registry of account "
                + a.accountId()
                + " region "
                + a.region()
                + ", where SageMaker is in use.");
      }
    }
    for (HumanReviewAdoption a : f.of(HumanReviewAdoption.class)) {
      if (a.inUse() && !withFlow.contains(a.accountId() + "|" + a.region())) {
        v.add(
            review,
            a.arn(),
            "No active human review workflow (Amazon A2I flow definition)"
                + inUse(a.accountId(), a.region()));
      }
    }
    for (ClarifyAdoption a : f.of(ClarifyAdoption.class)) {
      if (a.inUse() && !withClarify.contains(a.accountId() + "|" + a.region())) {
        v.add(
            clarify,
            a.arn(),
            "No SageMaker Clarify processing job found" + inUse(a.accountId(), a.region()));
      }
    }
  }
}
