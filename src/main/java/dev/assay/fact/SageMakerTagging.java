package dev.assay.fact;

import java.util.List;

/**
 * The tag keys of one taggable SageMaker governance resource (domain, feature group, image or app
 * image configuration), from {@code ListTags(ResourceArn)}.
 *
 * @param arn the tagged resource's ARN
 * @param kind {@code domain}, {@code feature-group}, {@code image} or {@code app-image-config}
 * @param tagKeys the tag keys the resource carries
 */
@ResourceKind(service = "sagemaker", idNoun = "tagged-resource")
public record SageMakerTagging(
    String arn, String accountId, String region, String kind, String name, List<String> tagKeys)
    implements Resource {

  public SageMakerTagging {
    tagKeys = List.copyOf(tagKeys);
  }

  /** The keys of {@code required} this resource lacks, in their order (exact, case-sensitive). */
  public List<String> missingKeys(List<String> required) {
    return required.stream().filter(k -> !tagKeys.contains(k)).toList();
  }
}
