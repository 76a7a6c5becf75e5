package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.UsagePlan;
import java.util.Set;

/** Amazon API Gateway usage plans and their throttles. */
public final class ApiGatewayNormalizer implements Normalizer {

  @Override
  public Set<String> reads() {
    return Set.of("apigateway.GetUsagePlans");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    for (JsonNode plan : calls.listItems("apigateway", "GetUsagePlans", "items", "UsagePlan")) {
      String id = Json.text(plan, "id");
      if (id == null) {
        continue;
      }
      JsonNode throttle = plan.path("throttle");
      JsonNode rate = throttle.get("rateLimit");
      out.add(
          new UsagePlan(
              "arn:aws:apigateway:" + calls.region() + "::/usageplans/" + id,
              calls.accountId(),
              calls.region(),
              id,
              Json.text(plan, "name", id),
              rate != null && rate.isNumber() ? rate.doubleValue() : null,
              Json.integer(throttle, "burstLimit")));
    }
  }
}
