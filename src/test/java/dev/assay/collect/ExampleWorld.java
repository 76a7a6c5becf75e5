package dev.assay.collect;

/**
 * The resources behind {@code examples/snapshot/} (see {@code examples/make-snapshot.sh}), made in
 * moto through the SDK, with the stub playing the parts moto cannot: recorded guardrails and the
 * two calls the hand-made snapshot shows denied.
 */
final class ExampleWorld {

  static final String A = "111111111111";
  static final String B = "222222222222";

  private ExampleWorld() {}

  static void create(MotoWorld world) {
    world
        .in(A, "us-east-1")
        .notebook(
            "nb-secure-research",
            "Disabled",
            "Disabled",
            MotoWorld.SUBNET,
            "1a2b3c4d-5e6f-4a70-8b91-a2b3c4d5e6f7")
        .notebook("nb-open-sandbox", "Enabled", "Enabled", null, null)
        .endpointConfig("ec-chat-ha", 2, "ep-chat-prod")
        .endpointConfig("ec-chat-single", 1, "ep-chat-dev")
        .endpointConfig("ec-embed-serverless", 0, "ep-embed-serverless")
        .invocations("ep-chat-prod", 1520, 1388, 1710, 1602)
        .invocations("ep-embed-serverless", 240, 0, 310, 95)
        .processingJob("clarify-bias-report-2026-11", MotoWorld.CLARIFY_IMAGE)
        .processingJob("feature-prep-2026-11", MotoWorld.SKLEARN_IMAGE)
        .logging("/aws/bedrock/model-invocations", "genai-invocation-logs-" + A, true, false);
    world
        .in(A, "eu-west-1")
        .notebook(
            "nb-eu-analytics",
            "Disabled",
            "Disabled",
            MotoWorld.SUBNET,
            "2b3c4d5e-6f70-4b81-9ca2-b3c4d5e6f708")
        .notebook("nb-eu-restricted", "Enabled", "Enabled", null, null)
        .notebook("nb-eu-scratch", "Disabled", "Enabled", MotoWorld.SUBNET, null)
        .endpointConfig("ec-eu-rag", 2, "ep-eu-rag");
    world
        .in(B, "us-east-1")
        .notebook(
            "nb-fraud-vpc",
            "Disabled",
            "Disabled",
            MotoWorld.SUBNET,
            "3c4d5e6f-7081-4c92-8db3-c4d5e6f70819")
        .notebook("nb-ml-team", "Enabled", "Enabled", null, null)
        .notebook("nb-ml-vpc", "Disabled", "Enabled", MotoWorld.SUBNET, null)
        .endpointConfig("ec-fraud-v1", 1, "ep-fraud")
        .endpointConfig("ec-fraud-v2", 2, null)
        .invocations("ep-fraud", 8800, 9120, 8675, 9034)
        .processingJob("fraud-feature-prep-2026-11", MotoWorld.SKLEARN_IMAGE)
        .logging(null, "genai-invocation-logs-" + B, true, true);
    world
        .in(B, "eu-west-1")
        .notebook(
            "nb-eu-secure",
            "Disabled",
            "Disabled",
            MotoWorld.SUBNET,
            "4d5e6f70-8192-4da3-9ec4-d5e6f708192a")
        .notebook(
            "nb-eu-prototype", "Enabled", "Disabled", null, "5e6f7081-92a3-4eb4-afd5-e6f708192a3b")
        .endpointConfig("ec-eu-summarise", 1, "ep-eu-summarise");
  }

  /** The stub's part: recorded guardrails and the two denials of the hand-made snapshot. */
  static void stub(AwsStub stub) {
    Recorded.missingInMoto(stub);
    stub.on(
        r ->
            r.is("sagemaker", "ListProcessingJobs")
                && r.account().equals(B)
                && r.region().equals("eu-west-1"),
        r -> denied(r, "ListProcessingJobs", "processing-job/*"));
    stub.on(
        r ->
            r.is("sagemaker", "DescribeNotebookInstance")
                && r.account().equals(A)
                && r.region().equals("eu-west-1")
                && r.body().contains("\"nb-eu-restricted\""),
        r -> denied(r, "DescribeNotebookInstance", "notebook-instance/nb-eu-restricted"));
  }

  static StubResponse denied(StubRequest r, String action, String resource) {
    return StubResponse.error(
        r,
        400,
        "AccessDeniedException",
        "User: arn:aws:sts::"
            + r.account()
            + ":assumed-role/AssayReadOnly/assay is not authorized to perform: sagemaker:"
            + action
            + " on resource: arn:aws:sagemaker:"
            + r.region()
            + ":"
            + r.account()
            + ":"
            + resource
            + " because no identity-based policy allows the sagemaker:"
            + action
            + " action");
  }
}
