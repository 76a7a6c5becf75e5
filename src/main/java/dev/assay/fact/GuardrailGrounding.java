package dev.assay.fact;

/**
 * The contextual grounding policy of a {@link Guardrail}, judged on its own: AWS may omit a
 * filter's {@code enabled} or {@code action} and documents no default, which leaves this aspect
 * (and only this one) undetermined. Its filters are {@link GroundingFilter} facts.
 *
 * @param arn the guardrail's ARN
 */
@ResourceKind(service = "bedrock", idNoun = "guardrail-grounding")
public record GuardrailGrounding(String arn, String accountId, String region, String name)
    implements Resource {}
