package dev.assay.fact;

import java.util.List;
import java.util.Set;

/**
 * The interface endpoints of one in-use VPC (one with network interfaces), for the question "can
 * workloads here reach Bedrock privately?". Judged only in regions where Bedrock is in use, so it
 * is region-scoped like a {@link RegionLevel} fact although there is one per VPC.
 *
 * @param availableServices the {@code ServiceName} of every endpoint of the VPC in state {@code
 *     available} ({@code com.amazonaws.us-east-1.bedrock-runtime}, ...)
 */
@ResourceKind(service = "ec2", idNoun = "vpc")
public record BedrockVpcEndpoints(
    String arn,
    String accountId,
    String region,
    String vpcId,
    Set<String> availableServices,
    boolean inUse)
    implements RegionLevel {

  public BedrockVpcEndpoints {
    availableServices = Set.copyOf(availableServices);
  }

  /** The required service suffixes ({@code bedrock-runtime}) no available endpoint ends with. */
  public List<String> missing(List<String> required) {
    return required.stream()
        .filter(r -> availableServices.stream().noneMatch(s -> s.endsWith("." + r)))
        .toList();
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public BedrockVpcEndpoints withInUse(boolean inUse) {
    return new BedrockVpcEndpoints(arn, accountId, region, vpcId, availableServices, inUse);
  }
}
