package dev.assay.snapshot;

import java.util.Map;
import java.util.Optional;

/**
 * How an AWS Config configuration item of one resource type becomes the calls a collector would
 * have made: the List call that names it and the Describe call about it, whose response is the
 * item's {@code configuration} (Config records these types with the Describe response's fields, or
 * the CloudFormation properties that share their names). The normalizers then read them as they
 * read a collected snapshot, so both inputs give the same facts.
 *
 * @param listItemsField the List response's array ({@code NotebookInstances})
 * @param nameField the resource's name field in List and Describe responses
 * @param arnField the resource's ARN field in List and Describe responses
 * @param requestField the Describe request's parameter that names the resource
 */
record ConfigItemMapping(
    String service,
    String listOperation,
    String listItemsField,
    String describeOperation,
    String nameField,
    String arnField,
    String requestField) {

  private static final Map<String, ConfigItemMapping> BY_TYPE =
      Map.of(
          "AWS::SageMaker::NotebookInstance",
          sagemaker("NotebookInstance", "NotebookInstances"),
          "AWS::SageMaker::Model",
          sagemaker("Model", "Models"),
          "AWS::SageMaker::EndpointConfig",
          sagemaker("EndpointConfig", "EndpointConfigs"),
          "AWS::SageMaker::Domain",
          new ConfigItemMapping(
              "sagemaker",
              "ListDomains",
              "Domains",
              "DescribeDomain",
              "DomainId",
              "DomainArn",
              "DomainId"));

  private static ConfigItemMapping sagemaker(String noun, String plural) {
    return new ConfigItemMapping(
        "sagemaker",
        "List" + plural,
        plural,
        "Describe" + noun,
        noun + "Name",
        noun + "Arn",
        noun + "Name");
  }

  static Optional<ConfigItemMapping> of(String resourceType) {
    return Optional.ofNullable(BY_TYPE.get(resourceType));
  }

  static java.util.Set<String> knownTypes() {
    var types = new java.util.TreeSet<>(BY_TYPE.keySet());
    ConfigResourceCalls.ALL.forEach(r -> types.add(r.type()));
    return types;
  }
}
