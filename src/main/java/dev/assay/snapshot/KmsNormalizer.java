package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.KmsKey;
import dev.assay.snapshot.IamReads.Known;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KMS keys: {@code ListKeys}, each key's {@code DescribeKey}, {@code ListAliases}, and {@code
 * GetKeyRotationStatus} of the keys KMS can rotate. Whether a GenAI resource names the key is
 * decided later ({@link KmsKeyUse}), once every fact of the region is known.
 */
public final class KmsNormalizer implements Normalizer {

  static final String KMS = "kms";
  private static final String TYPE = "KmsKey";

  @Override
  public Set<String> reads() {
    return Set.of("kms.ListKeys", "kms.DescribeKey", "kms.ListAliases", "kms.GetKeyRotationStatus");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    Map<String, List<String>> aliases = new HashMap<>();
    for (JsonNode a : calls.listItems(KMS, "ListAliases", "Aliases", TYPE)) {
      String target = Json.text(a, "TargetKeyId");
      String name = Json.text(a, "AliasName");
      if (target != null && name != null) {
        aliases.computeIfAbsent(target, k -> new ArrayList<>()).add(name);
      }
    }
    IamReads reads = new IamReads(calls);
    for (JsonNode key : calls.listItems(KMS, "ListKeys", "Keys", TYPE)) {
      String id = Json.text(key, "KeyId");
      if (id == null) {
        continue;
      }
      String arn = Json.text(key, "KeyArn", calls.arn(KMS, "key/" + id));
      Known<JsonNode> described = reads.one(KMS, "DescribeKey", about(id, arn), Set.of());
      if (!described.ok()) {
        described.gaps(calls, out, arn, TYPE);
        continue;
      }
      JsonNode m = described.value().path("KeyMetadata");
      boolean customer = "CUSTOMER".equals(Json.text(m, "KeyManager"));
      String spec = Json.text(m, "KeySpec", Json.text(m, "CustomerMasterKeySpec"));
      boolean rotatable =
          "SYMMETRIC_DEFAULT".equals(spec) && "AWS_KMS".equals(Json.text(m, "Origin", "AWS_KMS"));
      Boolean rotation = null;
      if (customer && rotatable) {
        Known<JsonNode> status = reads.one(KMS, "GetKeyRotationStatus", about(id, arn), Set.of());
        if (!status.ok()) {
          status.gaps(calls, out, arn, TYPE);
          continue;
        }
        rotation = Json.bool(status.value(), "KeyRotationEnabled");
        if (rotation == null) {
          out.gap(
              new IamReads.Failure(
                      KMS, "GetKeyRotationStatus", "MalformedResponse", "no KeyRotationEnabled")
                  .gap(calls, TYPE, arn));
          continue;
        }
      }
      out.add(
          new KmsKey(
              Json.text(m, "Arn", arn),
              calls.accountId(),
              calls.region(),
              id,
              Json.text(m, "KeyState"),
              customer,
              rotatable,
              rotation,
              aliases.getOrDefault(id, List.of())));
    }
  }

  /** A call about the key: its request names it by id or ARN, or its file suffix is the id. */
  private static java.util.function.Predicate<ApiCall> about(String id, String arn) {
    return c -> {
      String asked = Json.text(c.request(), "KeyId");
      return id.equals(c.suffix()) || id.equals(asked) || arn.equals(asked);
    };
  }
}
