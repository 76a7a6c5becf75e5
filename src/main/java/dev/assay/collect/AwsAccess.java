package dev.assay.collect;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * How every client of a collection reaches AWS: one shared HTTP client, the default credentials
 * chain, the retry strategy and timeouts of the settings, and the endpoint override if any.
 */
final class AwsAccess implements AutoCloseable {

  private static final String SESSION_NAME = "assay-collect";

  private final CollectSettings settings;
  private final SdkHttpClient http;
  private final AwsCredentialsProvider base;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  AwsAccess(CollectSettings settings, AwsCredentialsProvider base) {
    this.settings = settings;
    this.http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(settings.attemptTimeout())
            .socketTimeout(settings.attemptTimeout())
            .build();
    this.base = base;
  }

  static AwsAccess withDefaultCredentials(CollectSettings settings) {
    return new AwsAccess(settings, DefaultCredentialsProvider.builder().build());
  }

  CollectSettings settings() {
    return settings;
  }

  boolean customEndpoint() {
    return settings.endpointUrl() != null;
  }

  AwsCredentialsProvider baseCredentials() {
    return base;
  }

  <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder, Region region, AwsCredentialsProvider credentials) {
    builder
        .region(region)
        .credentialsProvider(credentials)
        .httpClient(http)
        .overrideConfiguration(
            o -> o.retryStrategy(retryStrategy()).apiCallAttemptTimeout(settings.attemptTimeout()));
    if (settings.endpointUrl() != null) {
      builder.endpointOverride(settings.endpointUrl());
    }
    return builder.build();
  }

  /**
   * Credentials of a role in another account; they refresh themselves while the collection runs.
   */
  AwsCredentialsProvider assumeRole(String accountId, Region stsRegion) {
    StsClient sts = client(StsClient.builder(), stsRegion, base);
    String partition = stsRegion.metadata() == null ? "aws" : stsRegion.metadata().partition().id();
    String roleArn = "arn:" + partition + ":iam::" + accountId + ":role/" + settings.roleName();
    StsAssumeRoleCredentialsProvider provider =
        StsAssumeRoleCredentialsProvider.builder()
            .stsClient(sts)
            .refreshRequest(
                r ->
                    r.roleArn(roleArn)
                        .roleSessionName(SESSION_NAME)
                        .externalId(settings.externalId()))
            .build();
    synchronized (closeables) {
      closeables.add(provider);
      closeables.add(sts);
    }
    return provider;
  }

  private RetryStrategy retryStrategy() {
    RetryMode mode =
        settings.retryMode().equals("adaptive") ? RetryMode.ADAPTIVE_V2 : RetryMode.STANDARD;
    return AwsRetryStrategy.forRetryMode(mode).toBuilder()
        .maxAttempts(settings.maxAttempts())
        .build();
  }

  @Override
  public void close() {
    synchronized (closeables) {
      for (AutoCloseable c : closeables) {
        try {
          c.close();
        } catch (Exception ignored) {
          // Closing is best effort; the collection is already written.
        }
      }
    }
    http.close();
  }
}
