package dev.assay.fact;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue of resource types rules may name in {@code @resourceType}: which service each
 * belongs to, whether it is global, and which service family's use it proves.
 */
public final class ResourceTypes {

  /**
   * One resource type.
   *
   * @param service the AWS service (endpoint prefix) the resource belongs to
   * @param global whether the resource lives in the {@code global} region (IAM)
   * @param usageFamily the family whose use in a region this resource proves ({@code bedrock}, {@code
   *     sagemaker}), or {@code null}
   * @param idNoun the last ARN segment for a scope-wide finding ({@code notebook-instance})
   */
  public record Type(
      String name,
      Class<? extends Resource> factClass,
      String service,
      boolean global,
      String usageFamily,
      String idNoun) {

    public boolean regionLevel() {
      return RegionLevel.class.isAssignableFrom(factClass);
    }
  }

  private static final Map<String, Type> TYPES =
      Stream.of(
              type(NotebookInstance.class, "sagemaker", "sagemaker", "notebook-instance"),
              type(EndpointConfig.class, "sagemaker", "sagemaker", "endpoint-config"),
              type(Endpoint.class, "sagemaker", "sagemaker", "endpoint"),
              type(EndpointUsage.class, "sagemaker", null, "endpoint-usage"),
              type(ProcessingJob.class, "sagemaker", "sagemaker", "processing-job"),
              type(ClarifyAdoption.class, "sagemaker", null, "clarify"),
              type(Guardrail.class, "bedrock", "bedrock", "guardrail"),
              type(GuardrailGrounding.class, "bedrock", null, "guardrail-grounding"),
              type(GuardrailAdoption.class, "bedrock", null, "guardrails"),
              type(InvocationLogging.class, "bedrock", null, "model-invocation-logging"))
          .collect(Collectors.toUnmodifiableMap(Type::name, Function.identity()));

  private ResourceTypes() {}

  private static Type type(
      Class<? extends Resource> factClass, String service, String usageFamily, String idNoun) {
    return new Type(factClass.getSimpleName(), factClass, service, false, usageFamily, idNoun);
  }

  public static Optional<Type> find(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  public static Type of(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("unknown resource type " + name));
  }

  public static Collection<Type> all() {
    return TYPES.values();
  }
}
