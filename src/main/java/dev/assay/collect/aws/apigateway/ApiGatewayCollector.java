package dev.assay.collect.aws.apigateway;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.GetUsagePlansRequest;
import software.amazon.awssdk.services.apigateway.model.GetUsagePlansResponse;

/** Amazon API Gateway (REST APIs): usage plans and their throttles. */
public final class ApiGatewayCollector implements ServiceCollector {

  private static final String APIGW = "apigateway";

  @Override
  public String name() {
    return APIGW;
  }

  @Override
  public Set<String> operations() {
    return Set.of("apigateway.GetUsagePlans");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("apigateway.GetUsagePlans");
  }

  @Override
  public void collect(ServiceScope scope) {
    ApiGatewayClient apigw = scope.client(ApiGatewayClient::builder);
    CallRecorder r = scope.recorder(APIGW);
    r.list(
        "GetUsagePlans",
        GetUsagePlansRequest.builder().build(),
        apigw::getUsagePlansPaginator,
        GetUsagePlansResponse::items);
  }
}
