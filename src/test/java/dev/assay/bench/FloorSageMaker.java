package dev.assay.bench;

import dev.assay.fact.EvaluationContext;
import dev.assay.fact.FeatureGroup;
import dev.assay.fact.ModelContainer;
import dev.assay.fact.ModelPackage;
import dev.assay.fact.MonitoringJobDefinition;
import dev.assay.fact.NotebookInstance;
import dev.assay.fact.NotebookSecretScan;
import dev.assay.fact.ProcessingJob;
import dev.assay.fact.SageMakerModel;
import dev.assay.fact.TrainingJob;
import dev.assay.fact.TransformJob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The floor's SageMaker checks of notebooks, models, jobs, model packages and feature groups. */
final class FloorSageMaker {

  private FloorSageMaker() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    notebooks(f, ctx, v);
    modelsAndJobs(f, v);
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
}
