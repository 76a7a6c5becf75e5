package dev.assay.fact;

/**
 * An API Gateway usage plan, from {@code GetUsagePlans}, with its plan-wide throttle.
 *
 * @param arn {@code arn:aws:apigateway:<region>::/usageplans/<id>}
 * @param rateLimit {@code throttle.rateLimit} in requests per second, or {@code null}
 * @param burstLimit {@code throttle.burstLimit}, or {@code null}
 */
@ResourceKind(service = "apigateway", idNoun = "usage-plan")
public record UsagePlan(
    String arn,
    String accountId,
    String region,
    String planId,
    String name,
    Double rateLimit,
    Integer burstLimit)
    implements Resource {

  /** Both limits set to a positive value. */
  public boolean throttled() {
    return rateLimit != null && rateLimit > 0 && burstLimit != null && burstLimit > 0;
  }
}
