package dev.assay.collect;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Finds the accounts and regions to collect: the caller's account or the listed ones (through
 * AssumeRole), and the listed regions or every region each account has enabled.
 *
 * <p>"Every enabled region" comes from EC2 DescribeRegions, which without {@code AllRegions}
 * returns exactly the regions the account may call (opt-in regions only once opted in). The SDK's
 * static region list would include regions the account has not enabled, and Account ListRegions
 * needs an extra permission and module that moto does not emulate; the EC2 module is needed for
 * network evidence (VPCs, security groups) later anyway.
 */
final class Accounts {

  private final AwsAccess aws;
  private final CollectSettings settings;
  private final Region bootstrap;

  Accounts(AwsAccess aws, CollectSettings settings) {
    this.aws = aws;
    this.settings = settings;
    this.bootstrap = bootstrapRegion(settings);
  }

  /** The region for STS and DescribeRegions: the first listed one, else the SDK's default. */
  private static Region bootstrapRegion(CollectSettings settings) {
    if (!settings.regions().isEmpty() && !settings.allRegions()) {
      return Region.of(settings.regions().get(0));
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException none) {
      if (settings.allRegions()) {
        return Region.US_EAST_1;
      }
      throw new CollectException(
          "no region to collect: pass --regions r1,r2|all or set AWS_REGION");
    }
  }

  List<Account> resolve(SnapshotWriter writer, Tally tally) {
    String caller = callerAccount();
    List<String> ids =
        settings.organization()
            ? OrganizationAccounts.active(aws, bootstrap)
            : settings.accounts().isEmpty() ? List.of(caller) : settings.accounts();
    List<Account> accounts = new ArrayList<>();
    for (String id : ids) {
      accounts.add(account(id, caller, writer, tally));
    }
    return accounts;
  }

  private String callerAccount() {
    try (StsClient sts = aws.client(StsClient.builder(), bootstrap, aws.baseCredentials())) {
      return sts.getCallerIdentity().account();
    } catch (RuntimeException e) {
      CallErrors.CallError error = CallErrors.classify(e, aws.customEndpoint());
      String why =
          error.message().startsWith("Unable to load credentials")
              // The SDK lists every provider it tried, a screenful; say what to do instead.
              ? "no AWS credentials found (environment, profile, SSO, web identity, container or"
                  + " instance role)"
              : error.code() + ": " + error.message();
      throw new CollectException("cannot identify the AWS caller: " + why, e);
    }
  }

  private Account account(String id, String caller, SnapshotWriter writer, Tally tally) {
    AwsCredentialsProvider credentials;
    if (id.equals(caller)) {
      credentials = aws.baseCredentials();
    } else {
      if (settings.roleName() == null || settings.roleName().isBlank()) {
        throw new CollectException(
            "account " + id + " is not the caller's (" + caller + "): pass --role-name");
      }
      credentials = aws.assumeRole(id, bootstrap);
      try {
        credentials.resolveCredentials();
      } catch (RuntimeException e) {
        CallErrors.CallError error = CallErrors.classify(e, aws.customEndpoint());
        return Account.unreachable(
            id,
            fallbackRegions(),
            new CallErrors.CallError(
                error.code(),
                "cannot assume role "
                    + settings.roleName()
                    + " in account "
                    + id
                    + ": "
                    + error.message()));
      }
    }
    return Account.reached(id, credentials, regions(id, credentials, writer, tally));
  }

  private List<String> regions(
      String id, AwsCredentialsProvider credentials, SnapshotWriter writer, Tally tally) {
    if (!settings.allRegions()) {
      return settings.regions().isEmpty() ? List.of(bootstrap.id()) : settings.regions();
    }
    CallRecorder recorder =
        new CallRecorder(id, bootstrap.id(), "ec2", writer, tally, aws.customEndpoint(), null);
    try (Ec2Client ec2 = aws.client(Ec2Client.builder(), bootstrap, credentials)) {
      return recorder
          .attempt(
              "DescribeRegions", DescribeRegionsRequest.builder().build(), ec2::describeRegions)
          .map(this::names)
          .filter(names -> !names.isEmpty())
          // Unknown regions: collect where the call was made; the gap names the rest.
          .orElse(List.of(bootstrap.id()));
    }
  }

  private List<String> names(DescribeRegionsResponse response) {
    return response.regions().stream()
        .filter(r -> !"not-opted-in".equals(r.optInStatus()))
        .map(software.amazon.awssdk.services.ec2.model.Region::regionName)
        .filter(this::inBootstrapPartition)
        .sorted()
        .toList();
  }

  /**
   * Credentials work in one partition only (aws, aws-cn, aws-us-gov); a region the SDK does not
   * know yet is kept rather than silently dropped.
   */
  private boolean inBootstrapPartition(String region) {
    var metadata = Region.of(region).metadata();
    return metadata == null
        || bootstrap.metadata() == null
        || metadata.partition().id().equals(bootstrap.metadata().partition().id());
  }

  private List<String> fallbackRegions() {
    return settings.allRegions() || settings.regions().isEmpty()
        ? List.of(bootstrap.id())
        : settings.regions();
  }
}
