package dev.assay.collect;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;

/**
 * Creates resources in moto through the SDK, in any account (moto's {@code x-moto-account-id}
 * header) and region: what an AWS user would have set up before Assay collects.
 */
final class MotoWorld {

  static final String CLARIFY_IMAGE =
      "205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0";
  static final String SKLEARN_IMAGE =
      "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3";
  static final String SUBNET = "subnet-0f1e2d3c4b5a69788";

  private final URI moto;

  MotoWorld(URI moto) {
    this.moto = moto;
  }

  Scope in(String account, String region) {
    return new Scope(account, region);
  }

  /** One account and region to create resources in. */
  final class Scope {
    private final String account;
    private final String region;
    private final String role;
    private final String model;

    private Scope(String account, String region) {
      this.account = account;
      this.region = region;
      this.role = "arn:aws:iam::" + account + ":role/SageMakerExecution";
      this.model = "model-" + account.substring(0, 3) + "-" + region;
      try (SageMakerClient sm = client(SageMakerClient.builder())) {
        sm.createModel(
            m ->
                m.modelName(model)
                    .executionRoleArn(role)
                    .primaryContainer(
                        c ->
                            c.image(
                                    "763104351884.dkr.ecr."
                                        + region
                                        + ".amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0")
                                .modelDataUrl(
                                    "s3://genai-models-"
                                        + account
                                        + "/"
                                        + model
                                        + "/model.tar.gz")));
      }
    }

    /** A notebook; {@code kmsKey} is a key UUID or {@code null}, {@code subnet} likewise. */
    Scope notebook(String name, String internet, String root, String subnet, String kmsKey) {
      try (SageMakerClient sm = client(SageMakerClient.builder())) {
        sm.createNotebookInstance(
            n -> {
              n.notebookInstanceName(name)
                  .instanceType("ml.t3.medium")
                  .roleArn(role)
                  .directInternetAccess(internet)
                  .rootAccess(root)
                  .volumeSizeInGB(20);
              if (subnet != null) {
                n.subnetId(subnet).securityGroupIds("sg-0a1b2c3d4e5f60718");
              }
              if (kmsKey != null) {
                n.kmsKeyId("arn:aws:kms:" + region + ":" + account + ":key/" + kmsKey);
              }
            });
      }
      return this;
    }

    /** An endpoint config with one variant: {@code instances} > 0, or serverless when 0. */
    Scope endpointConfig(String name, int instances, String endpoint) {
      ProductionVariant.Builder v =
          ProductionVariant.builder().variantName("AllTraffic").modelName(model);
      if (instances == 0) {
        v.serverlessConfig(s -> s.memorySizeInMB(2048).maxConcurrency(5));
      } else {
        v.initialInstanceCount(instances).instanceType("ml.g4dn.2xlarge").initialVariantWeight(1f);
      }
      try (SageMakerClient sm = client(SageMakerClient.builder())) {
        sm.createEndpointConfig(c -> c.endpointConfigName(name).productionVariants(v.build()));
        if (endpoint != null) {
          sm.createEndpoint(e -> e.endpointName(endpoint).endpointConfigName(name));
        }
      }
      return this;
    }

    /** Daily invocation sums on days before now, all inside the collectors' 14-day window. */
    Scope invocations(String endpoint, double... sums) {
      int[] daysAgo = {12, 9, 5, 1};
      Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
      List<MetricDatum> data = new ArrayList<>();
      for (int i = 0; i < sums.length; i++) {
        data.add(
            MetricDatum.builder()
                .metricName("Invocations")
                .dimensions(
                    Dimension.builder().name("EndpointName").value(endpoint).build(),
                    Dimension.builder().name("VariantName").value("AllTraffic").build())
                .timestamp(today.minus(Duration.ofDays(daysAgo[i])))
                .value(sums[i])
                .unit(StandardUnit.NONE)
                .build());
      }
      try (CloudWatchClient cw = client(CloudWatchClient.builder())) {
        cw.putMetricData(p -> p.namespace("AWS/SageMaker").metricData(data));
      }
      return this;
    }

    Scope processingJob(String name, String image) {
      try (SageMakerClient sm = client(SageMakerClient.builder())) {
        sm.createProcessingJob(
            j ->
                j.processingJobName(name)
                    .roleArn(role)
                    .appSpecification(a -> a.imageUri(image))
                    .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
                    .processingResources(
                        r ->
                            r.clusterConfig(
                                c ->
                                    c.instanceCount(1)
                                        .instanceType("ml.m5.xlarge")
                                        .volumeSizeInGB(30))));
      }
      return this;
    }

    Scope logging(String logGroup, String bucket, boolean text, boolean image) {
      try (software.amazon.awssdk.services.s3.S3Client s3 =
          client(software.amazon.awssdk.services.s3.S3Client.builder().forcePathStyle(true))) {
        s3.createBucket(b -> b.bucket(bucket));
      }
      try (BedrockClient br = client(BedrockClient.builder())) {
        br.putModelInvocationLoggingConfiguration(
            p ->
                p.loggingConfig(
                    c -> {
                      if (logGroup != null) {
                        c.cloudWatchConfig(
                            w ->
                                w.logGroupName(logGroup)
                                    .roleArn(
                                        "arn:aws:iam::"
                                            + account
                                            + ":role/BedrockInvocationLogging"));
                      }
                      c.s3Config(
                          s ->
                              s.bucketName(bucket)
                                  .keyPrefix(logGroup != null ? region + "/" : "bedrock/"));
                      c.textDataDeliveryEnabled(text)
                          .imageDataDeliveryEnabled(image)
                          .embeddingDataDeliveryEnabled(false);
                    }));
      }
      return this;
    }

    private <
            B extends
                AwsClientBuilder<B, C>
                    & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>,
            C>
        C client(B builder) {
      return MotoWorld.this.client(builder, account, region);
    }
  }

  /** A client of moto acting in {@code account} and {@code region}. */
  <
          B extends
              AwsClientBuilder<B, C>
                  & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>,
          C>
      C client(B builder, String account, String region) {
    return builder
        .region(Region.of(region))
        .endpointOverride(moto)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.putHeader("x-moto-account-id", account))
        .build();
  }
}
