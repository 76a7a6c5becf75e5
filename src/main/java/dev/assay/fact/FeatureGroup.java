package dev.assay.fact;

/**
 * A SageMaker Feature Store feature group, from {@code DescribeFeatureGroup}.
 *
 * @param offlineStore whether the group has an {@code OfflineStoreConfig}
 * @param offlineKmsKeyId {@code OfflineStoreConfig.S3StorageConfig.KmsKeyId}, or {@code null}
 * @param onlineStore whether {@code OnlineStoreConfig.EnableOnlineStore} is true
 * @param onlineStorageType {@code OnlineStoreConfig.StorageType}: {@code Standard} (the default
 *     when absent) or {@code InMemory}
 * @param onlineKmsKeyId {@code OnlineStoreConfig.SecurityConfig.KmsKeyId}, or {@code null}
 */
@ResourceKind(service = "sagemaker", idNoun = "feature-group", usageFamily = "sagemaker")
public record FeatureGroup(
    String arn,
    String accountId,
    String region,
    String name,
    boolean offlineStore,
    String offlineKmsKeyId,
    boolean onlineStore,
    String onlineStorageType,
    String onlineKmsKeyId)
    implements Resource {}
