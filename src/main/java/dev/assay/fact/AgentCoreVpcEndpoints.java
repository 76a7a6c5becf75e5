package dev.assay.fact;

import java.util.List;
import java.util.Set;

/**
 * The interface endpoints of one VPC that hosts an AgentCore runtime in VPC mode (found through the
 * runtime's subnets).
 *
 * @param availableServices the {@code ServiceName} of every endpoint of the VPC in state {@code
 *     available}
 */
@ResourceKind(service = "ec2", idNoun = "agentcore-vpc")
public record AgentCoreVpcEndpoints(
    String arn, String accountId, String region, String vpcId, Set<String> availableServices)
    implements Resource {

  public AgentCoreVpcEndpoints {
    availableServices = Set.copyOf(availableServices);
  }

  /** The required service suffixes ({@code bedrock-agentcore}) no available endpoint ends with. */
  public List<String> missing(List<String> required) {
    return required.stream()
        .filter(r -> availableServices.stream().noneMatch(s -> s.endsWith("." + r)))
        .toList();
  }
}
