package dev.assay.collect;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;

/**
 * One account and region as a collector sees it: clients already pointed at it (credentials,
 * region, retries, endpoint), a recorder per service, and the collection time. Clients are made
 * once per scope and closed with it.
 */
public final class ServiceScope implements AutoCloseable {

  private final String accountId;
  private final String region;
  private final Account account;
  private final AwsAccess aws;
  private final SnapshotWriter writer;
  private final Tally tally;
  private final Instant collectedAt;
  private final Map<Class<?>, SdkClient> clients = new LinkedHashMap<>();

  ServiceScope(
      Account account,
      String region,
      AwsAccess aws,
      SnapshotWriter writer,
      Tally tally,
      Instant collectedAt) {
    this.accountId = account.id();
    this.region = region;
    this.account = account;
    this.aws = aws;
    this.writer = writer;
    this.tally = tally;
    this.collectedAt = collectedAt;
  }

  public String accountId() {
    return accountId;
  }

  public String region() {
    return region;
  }

  /** Whether calls go to an endpoint override (an emulator): S3 then needs path-style URLs. */
  public boolean customEndpoint() {
    return aws.customEndpoint();
  }

  /** When the collection started; time windows (metrics) end here. */
  public Instant collectedAt() {
    return collectedAt;
  }

  /** The recorder for calls of one service ({@code sagemaker}, {@code cloudwatch}...). */
  public CallRecorder recorder(String service) {
    return new CallRecorder(
        accountId, region, service, writer, tally, aws.customEndpoint(), aws.settings().pageSize());
  }

  /** A client of this scope, e.g. {@code scope.client(SageMakerClient::builder)}. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient>
      C client(Supplier<B> builder) {
    B b = builder.get();
    @SuppressWarnings("unchecked")
    C client =
        (C)
            clients.computeIfAbsent(
                b.getClass(), k -> aws.client(b, clientRegion(), account.credentials()));
    return client;
  }

  private Region clientRegion() {
    // Global services answer in their partition's home region.
    return Region.of("global".equals(region) ? "us-east-1" : region);
  }

  @Override
  public void close() {
    clients.values().forEach(SdkClient::close);
  }
}
