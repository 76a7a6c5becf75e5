package dev.assay.collect.aws.ec2;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;

/**
 * Amazon EC2 networking for the VPC endpoint checks: VPC endpoints, network interfaces (which VPCs
 * are in use) and subnets (which VPC an AgentCore runtime's subnets belong to).
 */
public final class Ec2Collector implements ServiceCollector {

  private static final String EC2 = "ec2";

  @Override
  public String name() {
    return EC2;
  }

  @Override
  public Set<String> operations() {
    return Set.of(
        "ec2.DescribeVpcEndpoints", "ec2.DescribeNetworkInterfaces", "ec2.DescribeSubnets");
  }

  @Override
  public List<String> entryOperations() {
    return List.copyOf(operations());
  }

  @Override
  public void collect(ServiceScope scope) {
    Ec2Client ec2 = scope.client(Ec2Client::builder);
    CallRecorder r = scope.recorder(EC2);
    r.list(
        "DescribeVpcEndpoints",
        DescribeVpcEndpointsRequest.builder().build(),
        ec2::describeVpcEndpointsPaginator,
        DescribeVpcEndpointsResponse::vpcEndpoints);
    r.list(
        "DescribeNetworkInterfaces",
        DescribeNetworkInterfacesRequest.builder().build(),
        ec2::describeNetworkInterfacesPaginator,
        DescribeNetworkInterfacesResponse::networkInterfaces);
    r.list(
        "DescribeSubnets",
        DescribeSubnetsRequest.builder().build(),
        ec2::describeSubnetsPaginator,
        DescribeSubnetsResponse::subnets);
  }
}
