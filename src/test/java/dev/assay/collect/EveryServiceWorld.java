package dev.assay.collect;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ModelApprovalStatus;
import software.amazon.awssdk.services.sagemaker.model.ModelCardStatus;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;

/**
 * One account with a resource behind every operation the normalizers read: what moto implements is
 * made in moto through the SDK (IAM, S3, CloudTrail, CloudWatch, Logs, EC2, Application Auto
 * Scaling, Organizations, SageMaker, Bedrock logging, Lambda, WAF); the rest is played by {@link
 * EveryServiceRecordings} (moto's Bedrock agent and AgentCore answers carry timestamps in a format
 * the API does not use, which the SDK rightly refuses).
 */
final class EveryServiceWorld {

  static final String ACCOUNT = "666666666666";
  static final String REGION = "us-east-1";
  static final String TRAIN = "genai-train-" + ACCOUNT;
  static final String ARTIFACTS = "genai-artifacts-" + ACCOUNT;
  static final String LOGS = "genai-invocation-logs-" + ACCOUNT;
  static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/BedrockAgentRole";
  static final String USER = "arn:aws:iam::" + ACCOUNT + ":user/analyst";
  static final String FUNCTION = "lookup-order";
  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
          + "{\"Service\":[\"bedrock.amazonaws.com\",\"sagemaker.amazonaws.com\"]},"
          + "\"Action\":\"sts:AssumeRole\"}]}";
  static final String INVOKE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":\"bedrock:InvokeModel\",\"Resource\":\"*\"}]}";

  private final MotoWorld moto;

  EveryServiceWorld(MotoWorld moto) {
    this.moto = moto;
  }

  private <
          B extends
              software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>
                  & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>,
          C>
      C client(B builder) {
    return moto.client(builder, ACCOUNT, REGION);
  }

  void create() {
    iam();
    buckets();
    sagemaker();
    try (var kms = client(software.amazon.awssdk.services.kms.KmsClient.builder())) {
      kms.createKey(k -> k.description("genai"));
    }
    try (CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder())) {
      logs.createLogGroup(g -> g.logGroupName("/aws/bedrock/model-invocations"));
      logs.createLogGroup(g -> g.logGroupName("/aws/bedrock-agentcore/runtimes/rt-support"));
    }
    try (BedrockClient br = client(BedrockClient.builder())) {
      br.putModelInvocationLoggingConfiguration(
          p ->
              p.loggingConfig(
                  c ->
                      c.s3Config(s -> s.bucketName(LOGS).keyPrefix("bedrock/"))
                          .cloudWatchConfig(
                              w -> w.logGroupName("/aws/bedrock/model-invocations").roleArn(ROLE))
                          .textDataDeliveryEnabled(true)));
    }
    try (CloudTrailClient ct = client(CloudTrailClient.builder())) {
      ct.createTrail(t -> t.name("org-trail").s3BucketName(LOGS).isMultiRegionTrail(true));
      ct.startLogging(l -> l.name("org-trail"));
      ct.putEventSelectors(
          e ->
              e.trailName("org-trail")
                  .eventSelectors(
                      s -> s.readWriteType(ReadWriteType.ALL).includeManagementEvents(true)));
    }
    try (CloudWatchClient cw = client(CloudWatchClient.builder())) {
      cw.putMetricAlarm(
          a ->
              a.alarmName("bedrock-server-errors")
                  .namespace("AWS/Bedrock")
                  .metricName("InvocationServerErrors")
                  .statistic(Statistic.SUM)
                  .period(300)
                  .evaluationPeriods(1)
                  .threshold(1.0)
                  .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD));
    }
    try (Ec2Client ec2 = client(Ec2Client.builder())) {
      String vpc = ec2.createVpc(v -> v.cidrBlock("10.20.0.0/16")).vpc().vpcId();
      String subnet =
          ec2.createSubnet(s -> s.vpcId(vpc).cidrBlock("10.20.1.0/24")).subnet().subnetId();
      ec2.createNetworkInterface(n -> n.subnetId(subnet));
      ec2.createVpcEndpoint(
          e ->
              e.vpcId(vpc)
                  .serviceName("com.amazonaws." + REGION + ".bedrock-runtime")
                  .vpcEndpointType("Interface")
                  .subnetIds(subnet));
    }
    try (ApplicationAutoScalingClient aas = client(ApplicationAutoScalingClient.builder())) {
      aas.registerScalableTarget(
          t ->
              t.serviceNamespace(ServiceNamespace.SAGEMAKER)
                  .resourceId("endpoint/ep-chat/variant/AllTraffic")
                  .scalableDimension(ScalableDimension.SAGEMAKER_VARIANT_DESIRED_INSTANCE_COUNT)
                  .minCapacity(1)
                  .maxCapacity(4));
    }
    organization();
    complianceChecks();
    actionGroupFunctionAndGatewayWebAcl();
  }

  /** A GenAI AWS Config managed rule and a Security Hub control finding (moto has both). */
  private void complianceChecks() {
    try (var config = client(software.amazon.awssdk.services.config.ConfigClient.builder())) {
      config.putConfigRule(
          p ->
              p.configRule(
                  r ->
                      r.configRuleName("sagemaker-notebook-no-direct-internet-access")
                          .source(
                              s ->
                                  s.owner("AWS")
                                      .sourceIdentifier(
                                          "SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS"))));
    }
    try (var hub =
        client(software.amazon.awssdk.services.securityhub.SecurityHubClient.builder())) {
      hub.enableSecurityHub(e -> e.enableDefaultStandards(false));
      hub.batchImportFindings(
          b ->
              b.findings(
                  f ->
                      f.schemaVersion("2018-10-08")
                          .id("arn:aws:securityhub:" + REGION + ":" + ACCOUNT + ":finding/sm1")
                          .productArn("arn:aws:securityhub:" + REGION + "::product/aws/securityhub")
                          .generatorId("security-control/SageMaker.1")
                          .awsAccountId(ACCOUNT)
                          .createdAt("2026-11-19T00:00:00.000Z")
                          .updatedAt("2026-11-19T00:00:00.000Z")
                          .title("SageMaker.1")
                          .description("SageMaker.1")
                          .compliance(c -> c.status("FAILED").securityControlId("SageMaker.1"))
                          .resources(r -> r.type("AwsSageMakerNotebookInstance").id("nb-secure"))));
    }
  }

  /**
   * The Lambda function the agent's action group runs (its role is the agent role) and a WAF web
   * ACL associated with the AgentCore gateway's ARN: both in moto, which accepts any resource ARN.
   */
  private void actionGroupFunctionAndGatewayWebAcl() {
    try (LambdaClient lambda = client(LambdaClient.builder())) {
      lambda.createFunction(
          f ->
              f.functionName(FUNCTION)
                  .runtime(Runtime.PYTHON3_12)
                  .role(ROLE)
                  .handler("app.handler")
                  .code(c -> c.zipFile(SdkBytes.fromByteArray(emptyZip()))));
    }
    try (Wafv2Client waf = client(Wafv2Client.builder())) {
      String acl =
          waf.createWebACL(
                  w ->
                      w.name("agent-gateways")
                          .scope(Scope.REGIONAL)
                          .defaultAction(d -> d.allow(a -> {}))
                          .visibilityConfig(
                              v ->
                                  v.sampledRequestsEnabled(true)
                                      .cloudWatchMetricsEnabled(true)
                                      .metricName("agent-gateways")))
              .summary()
              .arn();
      waf.associateWebACL(
          a ->
              a.webACLArn(acl)
                  .resourceArn(
                      "arn:aws:bedrock-agentcore:" + REGION + ":" + ACCOUNT + ":gateway/gw-tools"));
    }
  }

  /** A zip archive with no entries: enough for moto to hold a function it never runs. */
  private static byte[] emptyZip() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("app.py"));
      zip.write("def handler(event, context):\n    return {}\n".getBytes());
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void iam() {
    try (IamClient iam = client(IamClient.builder())) {
      String policy =
          iam.createPolicy(p -> p.policyName("GenAiInvoke").policyDocument(INVOKE)).policy().arn();
      iam.createRole(r -> r.roleName("BedrockAgentRole").assumeRolePolicyDocument(TRUST));
      iam.attachRolePolicy(a -> a.roleName("BedrockAgentRole").policyArn(policy));
      iam.putRolePolicy(
          p -> p.roleName("BedrockAgentRole").policyName("invoke").policyDocument(INVOKE));
      iam.createUser(u -> u.userName("analyst"));
      iam.putUserPolicy(p -> p.userName("analyst").policyName("invoke").policyDocument(INVOKE));
      iam.createLoginProfile(l -> l.userName("analyst").password("Correct-Horse-9"));
      iam.createGroup(g -> g.groupName("ml"));
      iam.addUserToGroup(a -> a.groupName("ml").userName("analyst"));
      iam.attachGroupPolicy(a -> a.groupName("ml").policyArn(policy));
      iam.putGroupPolicy(p -> p.groupName("ml").policyName("invoke").policyDocument(INVOKE));
    }
  }

  private void buckets() {
    try (S3Client s3 = client(S3Client.builder().forcePathStyle(true))) {
      for (String b : new String[] {TRAIN, ARTIFACTS, LOGS}) {
        s3.createBucket(c -> c.bucket(b));
      }
      s3.putBucketPolicy(
          p ->
              p.bucket(TRAIN)
                  .policy(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                          + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::"
                          + TRAIN
                          + "/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"));
      s3.putBucketVersioning(
          v ->
              v.bucket(ARTIFACTS)
                  .versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
      s3.putBucketEncryption(
          e ->
              e.bucket(LOGS)
                  .serverSideEncryptionConfiguration(
                      c ->
                          c.rules(
                              r ->
                                  r.applyServerSideEncryptionByDefault(
                                      d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS)))));
    }
  }

  private void sagemaker() {
    String role = "arn:aws:iam::" + ACCOUNT + ":role/SageMakerExecution";
    moto.in(ACCOUNT, REGION)
        .endpointConfig("ec-chat", 1, "ep-chat")
        .processingJob("clarify-bias-2026-11", MotoWorld.CLARIFY_IMAGE);
    try (SageMakerClient sm = client(SageMakerClient.builder())) {
      sm.createNotebookInstanceLifecycleConfig(
          c ->
              c.notebookInstanceLifecycleConfigName("install-deps")
                  .onStart(h -> h.content("ZWNobyAiaW5zdGFsbGluZyI=")));
      sm.createNotebookInstance(
          n ->
              n.notebookInstanceName("nb-research")
                  .instanceType("ml.t3.medium")
                  .roleArn(role)
                  .lifecycleConfigName("install-deps"));
      sm.createTrainingJob(
          t ->
              t.trainingJobName("fine-tune-2026-11")
                  .roleArn(role)
                  .algorithmSpecification(
                      a -> a.trainingImage(MotoWorld.SKLEARN_IMAGE).trainingInputMode("File"))
                  .inputDataConfig(
                      c ->
                          c.channelName("train")
                              .dataSource(
                                  d ->
                                      d.s3DataSource(
                                          s ->
                                              s.s3DataType("S3Prefix")
                                                  .s3Uri("s3://" + TRAIN + "/data/"))))
                  .outputDataConfig(o -> o.s3OutputPath("s3://" + ARTIFACTS + "/models/"))
                  .resourceConfig(
                      r -> r.instanceType("ml.m5.xlarge").instanceCount(1).volumeSizeInGB(30))
                  .stoppingCondition(s -> s.maxRuntimeInSeconds(3600)));
      sm.createTransformJob(
          t ->
              t.transformJobName("batch-score")
                  .modelName("model-" + ACCOUNT.substring(0, 3) + "-" + REGION)
                  .transformInput(
                      i ->
                          i.dataSource(
                              d ->
                                  d.s3DataSource(
                                      s ->
                                          s.s3DataType("S3Prefix").s3Uri("s3://" + TRAIN + "/in"))))
                  .transformOutput(o -> o.s3OutputPath("s3://" + ARTIFACTS + "/scores"))
                  .transformResources(r -> r.instanceType("ml.m5.large").instanceCount(1)));
      sm.createModelPackageGroup(g -> g.modelPackageGroupName("chat-models"));
      sm.createModelPackage(
          p ->
              p.modelPackageGroupName("chat-models")
                  .modelApprovalStatus(ModelApprovalStatus.APPROVED)
                  .inferenceSpecification(
                      i ->
                          i.containers(c -> c.image(MotoWorld.SKLEARN_IMAGE))
                              .supportedContentTypes("text/csv")
                              .supportedResponseMIMETypes("text/csv")));
      sm.createModelCard(
          c ->
              c.modelCardName("chat-card")
                  .modelCardStatus(ModelCardStatus.APPROVED)
                  .content("{\"model_overview\":{\"model_name\":\"chat\"}}"));
      sm.createDataQualityJobDefinition(
          d ->
              d.jobDefinitionName("dq-chat")
                  .roleArn(role)
                  .dataQualityAppSpecification(a -> a.imageUri(MotoWorld.SKLEARN_IMAGE))
                  .dataQualityJobInput(
                      i -> i.endpointInput(e -> e.endpointName("ep-chat").localPath("/opt/ml")))
                  .dataQualityJobOutputConfig(
                      o ->
                          o.monitoringOutputs(
                              m ->
                                  m.s3Output(
                                      s ->
                                          s.s3Uri("s3://" + ARTIFACTS + "/monitor")
                                              .localPath("/opt/out"))))
                  .jobResources(
                      r ->
                          r.clusterConfig(
                              c ->
                                  c.instanceCount(1)
                                      .instanceType("ml.m5.large")
                                      .volumeSizeInGB(10))));
      sm.createDomain(
          d ->
              d.domainName("studio")
                  .authMode("IAM")
                  .defaultUserSettings(u -> u.executionRole(role))
                  .subnetIds(MotoWorld.SUBNET)
                  .vpcId("vpc-0a1b2c3d"));
    }
  }

  private void organization() {
    try (OrganizationsClient org = client(OrganizationsClient.builder())) {
      org.createOrganization(o -> o.featureSet("ALL"));
      String root = org.listRoots(r -> {}).roots().get(0).id();
      org.enablePolicyType(e -> e.rootId(root).policyType(PolicyType.AISERVICES_OPT_OUT_POLICY));
      String policy =
          org.createPolicy(
                  p ->
                      p.name("opt-out-all")
                          .description("AI services may not use our content")
                          .type(PolicyType.AISERVICES_OPT_OUT_POLICY)
                          .content(
                              "{\"services\":{\"default\":{\"opt_out_policy\":{\"@@assign\":"
                                  + "\"optOut\",\"@@operators_allowed_for_child_policies\":"
                                  + "[\"@@none\"]}}}}"))
              .policy()
              .policySummary()
              .id();
      org.attachPolicy(a -> a.policyId(policy).targetId(root));
    }
  }
}
