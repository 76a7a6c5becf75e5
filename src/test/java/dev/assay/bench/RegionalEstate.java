package dev.assay.bench;

import dev.assay.fact.DeployedModel;
import dev.assay.fact.EndpointAlarms;
import dev.assay.fact.EndpointConfig;
import dev.assay.fact.EndpointMonitoring;
import dev.assay.fact.EndpointScaling;
import dev.assay.fact.EndpointUsage;
import dev.assay.fact.EndpointVariant;
import dev.assay.fact.FeatureGroup;
import dev.assay.fact.ModelArtifactBackup;
import dev.assay.fact.ModelArtifactBucket;
import dev.assay.fact.ModelCard;
import dev.assay.fact.ModelContainer;
import dev.assay.fact.ModelPackage;
import dev.assay.fact.ModelPackageGroup;
import dev.assay.fact.MonitoringJobDefinition;
import dev.assay.fact.MonitoringSchedule;
import dev.assay.fact.NotebookInstance;
import dev.assay.fact.NotebookSecretScan;
import dev.assay.fact.ProcessingJob;
import dev.assay.fact.SageMakerModel;
import dev.assay.fact.SageMakerTagging;
import dev.assay.fact.TrainingDataBucket;
import dev.assay.fact.TrainingJob;
import dev.assay.fact.TransformJob;
import java.util.ArrayList;
import java.util.List;

/** The SageMaker, Bedrock and S3 resources of one account and region. */
final class RegionalEstate {

  private final EstateGenerator g;
  private final List<Object> facts;
  private final String account;
  private final String region;
  private final List<String> roles;
  private final String kms;
  boolean sageMakerUsed;
  boolean bedrockUsed;

  RegionalEstate(EstateGenerator g, String account, String region, List<String> roles) {
    this.g = g;
    this.facts = g.facts;
    this.account = account;
    this.region = region;
    this.roles = roles;
    this.kms = "arn:aws:kms:" + region + ":" + account + ":key/k1";
  }

  private String arn(String service, String kind, String name) {
    return "arn:aws:" + service + ":" + region + ":" + account + ":" + kind + "/" + name;
  }

  private String keyOrNull(double p) {
    return g.fails(p) ? null : kms;
  }

  void sageMaker() {
    int notebooks = g.between(0, 8);
    for (int i = 0; i < notebooks; i++) {
      String name = "nb-" + i;
      String arn = arn("sagemaker", "notebook-instance", name);
      String lifecycle = g.fails(0.5) ? "lc-" + i : null;
      facts.add(
          new NotebookInstance(
              arn,
              account,
              region,
              name,
              g.fails(0.2),
              g.fails(0.3),
              g.fails(0.2) ? null : "subnet-1",
              keyOrNull(0.25),
              g.pick("notebook-al2-v3", "notebook-al2-v3", "notebook-al2-v2", "notebook-al1-v1"),
              lifecycle));
      if (lifecycle != null) {
        List<String> secrets = g.fails(0.1) ? List.of("AWS access key") : List.of();
        facts.add(
            new NotebookSecretScan(arn + "/lifecycle", account, region, name, lifecycle, secrets));
      }
    }
    int models = g.between(0, 12);
    for (int i = 0; i < models; i++) {
      String name = "model-" + i;
      String arn = arn("sagemaker", "model", name);
      int containers = g.fails(0.2) ? 2 : 1;
      facts.add(
          new SageMakerModel(
              arn, account, region, name, !g.fails(0.3), !g.fails(0.25), containers));
      for (int c = 0; c < containers; c++) {
        facts.add(new ModelContainer(arn, "c" + c, g.fails(0.3) ? "Platform" : "Vpc"));
      }
    }
    int endpoints = g.between(0, 6);
    for (int i = 0; i < endpoints; i++) {
      endpoint(i);
    }
    int training = g.between(0, 25);
    for (int i = 0; i < training; i++) {
      String name = "train-" + i;
      facts.add(
          new TrainingJob(
              arn("sagemaker", "training-job", name),
              account,
              region,
              name,
              !g.fails(0.3),
              !g.fails(0.3),
              !g.fails(0.2),
              keyOrNull(0.2),
              keyOrNull(0.15)));
    }
    int processing = g.between(0, 12);
    for (int i = 0; i < processing; i++) {
      String name = "proc-" + i;
      String image =
          g.fails(0.2) ? "123.dkr.ecr/sagemaker-clarify-processing:1.0" : "123.dkr.ecr/sklearn:1.2";
      facts.add(
          new ProcessingJob(
              arn("sagemaker", "processing-job", name),
              account,
              region,
              name,
              image,
              keyOrNull(0.3),
              "Completed"));
    }
    int transform = g.between(0, 4);
    for (int i = 0; i < transform; i++) {
      String name = "transform-" + i;
      facts.add(
          new TransformJob(
              arn("sagemaker", "transform-job", name), account, region, name, keyOrNull(0.3)));
    }
    int definitions = g.between(0, 3);
    for (int i = 0; i < definitions; i++) {
      String name = "mon-def-" + i;
      facts.add(
          new MonitoringJobDefinition(
              arn("sagemaker", "data-quality-job-definition", name),
              account,
              region,
              name,
              "DataQuality",
              !g.fails(0.3),
              !g.fails(0.3),
              g.fails(0.2) ? null : g.between(1, 3)));
    }
    int groups = g.between(0, 3);
    for (int i = 0; i < groups; i++) {
      String name = "pkg-group-" + i;
      int packages = g.between(1, 4);
      boolean approved = !g.fails(0.3);
      facts.add(
          new ModelPackageGroup(
              arn("sagemaker", "model-package-group", name),
              account,
              region,
              name,
              packages,
              approved));
      for (int v = 1; v <= packages; v++) {
        facts.add(
            new ModelPackage(
                arn("sagemaker", "model-package", name + "/" + v),
                account,
                region,
                name,
                v,
                approved ? "Approved" : "PendingManualApproval",
                g.fails(0.15)));
      }
    }
    int featureGroups = g.between(0, 3);
    for (int i = 0; i < featureGroups; i++) {
      String name = "features-" + i;
      String arn = arn("sagemaker", "feature-group", name);
      facts.add(
          new FeatureGroup(
              arn,
              account,
              region,
              name,
              true,
              keyOrNull(0.3),
              g.fails(0.5),
              g.pick("Standard", "InMemory"),
              keyOrNull(0.3)));
      facts.add(
          new SageMakerTagging(
              arn,
              account,
              region,
              "feature group",
              name,
              g.fails(0.3) ? List.of("team") : List.of("owner", "team")));
    }
    sageMakerUsed = notebooks + models + endpoints + training + processing > 0;
  }

  /** An endpoint: its configuration, variants and the facts derived about it. */
  private void endpoint(int i) {
    String name = "ep-" + i;
    String configArn = arn("sagemaker", "endpoint-config", name);
    String arn = arn("sagemaker", "endpoint", name);
    facts.add(new EndpointConfig(configArn, account, region, name, keyOrNull(0.3)));
    int variants = g.between(1, 2);
    List<String> unscaled = new ArrayList<>();
    for (int v = 0; v < variants; v++) {
      String variant = "variant-" + v;
      facts.add(new EndpointVariant(configArn, variant, g.fails(0.3) ? 1 : 2, g.fails(0.1)));
      if (g.fails(0.3)) {
        unscaled.add(variant);
      }
    }
    facts.add(new EndpointMonitoring(arn, account, region, name));
    facts.add(new EndpointScaling(arn, account, region, name, unscaled));
    facts.add(new EndpointAlarms(arn, account, region, name, !g.fails(0.3)));
    facts.add(
        new EndpointUsage(arn, account, region, name, g.fails(0.2) ? 0 : g.between(1, 100000), 14));
    String model = "model-" + i;
    facts.add(new DeployedModel(arn + "/model/" + model, account, region, model, name));
    if (!g.fails(0.4)) {
      facts.add(
          new ModelCard(
              account, region, "card-" + i, g.pick("Approved", "Draft"), model.toUpperCase()));
    }
    for (String type : List.of("DataQuality", "ModelQuality", "ModelBias", "ModelExplainability")) {
      if (!g.fails(0.4)) {
        facts.add(
            new MonitoringSchedule(
                account,
                region,
                name + "-" + type,
                g.pick("Scheduled", "Scheduled", "Stopped"),
                type,
                name));
      }
    }
  }

  void bedrock() {
    bedrockUsed = new BedrockEstate(g, account, region, roles).add();
  }

  void storage() {
    int buckets = g.between(0, 3);
    for (int i = 0; i < buckets; i++) {
      String bucket = "genai-models-" + account + "-" + region + "-" + i;
      String arn = "arn:aws:s3:::" + bucket;
      facts.add(
          new ModelArtifactBucket(
              arn, account, region, bucket, g.pick("Enabled", "Enabled", "Suspended", null)));
      facts.add(new ModelArtifactBackup(arn, account, region, bucket, g.lastSeen(0.3, 7)));
    }
    int dataBuckets = g.between(0, 3);
    for (int i = 0; i < dataBuckets; i++) {
      String bucket = "genai-data-" + account + "-" + region + "-" + i;
      boolean policy = !g.fails(0.2);
      facts.add(
          new TrainingDataBucket(
              "arn:aws:s3:::" + bucket,
              account,
              region,
              bucket,
              policy,
              policy && g.fails(0.1),
              policy && !g.fails(0.3)));
    }
  }

  void regionLevel() {
    new RegionLevelEstate(g, account, region).add(sageMakerUsed, bedrockUsed);
  }
}
