package dev.assay.cli;

import dev.assay.collect.CollectSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** What to collect from AWS and how; shared by {@code collect} and {@code evaluate --collect}. */
public class CollectOptions {

  @Option(
      names = "--accounts",
      split = ",",
      paramLabel = "ID",
      description =
          "Accounts to collect (default: the caller's). Others are reached through"
              + " AssumeRole into arn:aws:iam::<ID>:role/<role-name>.")
  List<String> accounts = new ArrayList<>();

  @Option(
      names = "--organization",
      description =
          "Collect every ACTIVE account of the caller's organization (Organizations"
              + " ListAccounts, from the management or a delegated administrator account),"
              + " assuming --role-name in each but the caller's own.")
  boolean organization;

  @Option(
      names = "--role-name",
      paramLabel = "NAME",
      defaultValue = "${env:ASSAY_AWS_ROLE_NAME}",
      description = "Role to assume in the other accounts (env ASSAY_AWS_ROLE_NAME).")
  String roleName;

  @Option(
      names = "--external-id",
      paramLabel = "ID",
      defaultValue = "${env:ASSAY_AWS_EXTERNAL_ID}",
      description = "External ID for that role (env ASSAY_AWS_EXTERNAL_ID).")
  String externalId;

  @Option(
      names = "--regions",
      split = ",",
      paramLabel = "REGION",
      defaultValue = "${env:ASSAY_AWS_REGIONS}",
      description =
          "Regions, or 'all' for every region enabled in each account"
              + " (env ASSAY_AWS_REGIONS; default: the SDK's default region, e.g. AWS_REGION).")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--services",
      split = ",",
      paramLabel = "NAME",
      description =
          "Services to collect (default: all): sagemaker, bedrock, bedrock-agent,"
              + " bedrock-agentcore-control, iam, organizations, cloudtrail, logs, ec2,"
              + " cloudwatch, application-autoscaling, apigateway, config, securityhub. Invocation metrics and the S3 and AWS"
              + " Backup calls about a bucket come with the resource that names them.")
  List<String> services = new ArrayList<>();

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      defaultValue = "${env:ASSAY_AWS_ENDPOINT_URL}",
      description = "Send every AWS call to this endpoint, e.g. moto (env ASSAY_AWS_ENDPOINT_URL).")
  URI endpointUrl;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "${env:ASSAY_AWS_CONCURRENCY:-" + CollectSettings.DEFAULT_CONCURRENCY + "}",
      description = "Tasks (account × region × service) at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--max-attempts",
      paramLabel = "N",
      defaultValue = "${env:ASSAY_AWS_MAX_ATTEMPTS:-" + CollectSettings.DEFAULT_MAX_ATTEMPTS + "}",
      description =
          "Attempts per call; throttling and 5xx are retried with backoff"
              + " (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(
      names = "--retry-mode",
      paramLabel = "MODE",
      defaultValue = "standard",
      description =
          "standard, or adaptive (also slows down on throttling; default: ${DEFAULT-VALUE}).")
  String retryMode;

  @Option(
      names = "--call-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Seconds one attempt of a call may take (default: ${DEFAULT-VALUE}).")
  double callTimeout;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      hidden = true,
      description = "MaxResults of List calls (tests use it to force several pages).")
  Integer pageSize;

  CollectSettings settings() {
    return new CollectSettings(
        accounts,
        blankToNull(roleName),
        blankToNull(externalId),
        regions,
        new LinkedHashSet<>(services),
        endpointUrl,
        concurrency,
        maxAttempts,
        retryMode,
        Duration.ofMillis(Math.round(callTimeout * 1000)),
        pageSize,
        organization);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
