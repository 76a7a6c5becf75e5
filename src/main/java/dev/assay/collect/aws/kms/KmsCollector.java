package dev.assay.collect.aws.kms;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DescribeKeyRequest;
import software.amazon.awssdk.services.kms.model.GetKeyRotationStatusRequest;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.ListAliasesRequest;
import software.amazon.awssdk.services.kms.model.ListAliasesResponse;
import software.amazon.awssdk.services.kms.model.ListKeysRequest;
import software.amazon.awssdk.services.kms.model.ListKeysResponse;
import software.amazon.awssdk.services.kms.model.OriginType;

/**
 * AWS KMS: every key of the region with {@code DescribeKey}, the aliases GenAI resources may name
 * keys by, and the rotation status of each customer-managed symmetric key with KMS-made key
 * material (the only keys KMS rotates; asking about others answers an error, not a status).
 */
public final class KmsCollector implements ServiceCollector {

  private static final String KMS = "kms";

  @Override
  public String name() {
    return KMS;
  }

  @Override
  public Set<String> operations() {
    return Set.of("kms.ListKeys", "kms.DescribeKey", "kms.ListAliases", "kms.GetKeyRotationStatus");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("kms.ListKeys");
  }

  @Override
  public void collect(ServiceScope scope) {
    KmsClient kms = scope.client(KmsClient::builder);
    CallRecorder r = scope.recorder(KMS);
    r.list(
        "ListAliases",
        ListAliasesRequest.builder().build(),
        kms::listAliasesPaginator,
        ListAliasesResponse::aliases);
    for (KeyListEntry key :
        r.list(
            "ListKeys",
            ListKeysRequest.builder().build(),
            kms::listKeysPaginator,
            ListKeysResponse::keys)) {
      String id = key.keyId();
      r.detail("DescribeKey", id, DescribeKeyRequest.builder().keyId(id).build(), kms::describeKey)
          .map(d -> d.keyMetadata())
          .filter(m -> m.keyManager() == KeyManagerType.CUSTOMER)
          .filter(m -> m.keySpec() == KeySpec.SYMMETRIC_DEFAULT)
          .filter(m -> m.origin() == OriginType.AWS_KMS)
          .ifPresent(
              m ->
                  r.detail(
                      "GetKeyRotationStatus",
                      id,
                      GetKeyRotationStatusRequest.builder().keyId(id).build(),
                      kms::getKeyRotationStatus));
    }
  }
}
