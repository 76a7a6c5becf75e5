package dev.assay.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the operations moto lacks from recorded responses in the exact API shape ({@code
 * examples/recorded/<account>/<region>/<service>.<Operation>[_<id>].json}).
 */
final class Recorded {

  static final Path ROOT = Path.of("examples/recorded");

  private Recorded() {}

  /**
   * Bedrock ListGuardrails and GetGuardrail from the recordings; none recorded means none exist.
   */
  static void guardrails(AwsStub stub) {
    stub.on(
        r -> r.is("bedrock", "ListGuardrails"),
        r -> StubResponse.json(read(r, "bedrock.ListGuardrails.json", "{\"guardrails\": []}")));
    stub.on(
        r -> r.is("bedrock", "GetGuardrail"),
        r -> {
          String id = r.path().substring(r.path().lastIndexOf('/') + 1);
          String body = read(r, "bedrock.GetGuardrail_" + id + ".json", null);
          return body != null
              ? StubResponse.json(body)
              : StubResponse.error(
                  r, 404, "ResourceNotFoundException", "Guardrail " + id + " not found");
        });
  }

  /**
   * Every operation collectors call that moto 5.2.1 lacks, answered as AWS answers an account that
   * has none of the resource (or, for IAM's last-accessed reports, a finished report with no
   * service): the collection of a moto world then has no gaps but the ones a test makes. Tests add
   * their own answers after these (later rules win).
   */
  static void missingInMoto(AwsStub stub) {
    guardrails(stub);
    for (String[] op :
        new String[][] {
          {"ListMonitoringSchedules", "MonitoringScheduleSummaries"},
          {"ListFeatureGroups", "FeatureGroupSummaries"},
          {"ListInferenceExperiments", "InferenceExperiments"},
          {"ListFlowDefinitions", "FlowDefinitionSummaries"},
          {"ListImages", "Images"},
          {"ListAppImageConfigs", "AppImageConfigs"},
          {"ListTags", "Tags"}
        }) {
      stub.on(r -> r.is("sagemaker", op[0]), r -> StubResponse.json("{\"" + op[1] + "\": []}"));
    }
    rest(stub, "GET", "/imported-models", "{\"modelSummaries\": []}");
    rest(stub, "GET", "/model-invocation-jobs", "{\"invocationJobSummaries\": []}");
    rest(stub, "GET", "/provisioned-model-throughputs", "{\"provisionedModelSummaries\": []}");
    rest(stub, "GET", "/evaluation-jobs", "{\"jobSummaries\": []}");
    rest(stub, "GET", "/enforcedGuardrailsConfiguration", "{\"guardrailsConfig\": []}");
    rest(stub, "GET", "/prompts/", "{\"promptSummaries\": []}");
    rest(stub, "GET", "/flows/", "{\"flowSummaries\": []}");
    rest(stub, "POST", "/agents/[^/]+/agentaliases/", "{\"agentAliasSummaries\": []}");
    rest(
        stub,
        "POST",
        "/agents/[^/]+/agentversions/[^/]+/actiongroups/",
        "{\"actionGroupSummaries\": []}");
    rest(stub, "POST", "/knowledgebases/[^/]+/datasources/", "{\"dataSourceSummaries\": []}");
    rest(stub, "GET", "/policy-engines", "{\"policyEngines\": []}");
    rest(stub, "POST", "/browsers", "{\"browserSummaries\": []}");
    rest(stub, "GET", "/resources/[^/]+/recovery-points/", "{\"RecoveryPoints\": []}");
    stub.on(
        r -> r.is("organizations", "ListPolicies") && r.body().contains("BEDROCK_POLICY"),
        r -> StubResponse.json("{\"Policies\": []}"));
    stub.on(r -> r.is("cloudtrail", "LookupEvents"), r -> StubResponse.json("{\"Events\": []}"));
    stub.on(
        r -> r.is("logs", "GetDataProtectionPolicy"),
        r ->
            StubResponse.json(
                "{\"logGroupIdentifier\": "
                    + quote(String.valueOf(jsonValue(r.body(), "logGroupIdentifier")))
                    + "}"));
    stub.on(
        r -> r.is("iam", "ListServiceSpecificCredentials"),
        r -> iam("ListServiceSpecificCredentials", "<ServiceSpecificCredentials/>"));
    lastAccessed(stub, java.util.Map.of());
    stub.on(
        r -> r.is("config", "DescribeComplianceByConfigRule"),
        r -> StubResponse.json("{\"ComplianceByConfigRules\": []}"));
    stub.on(
        r -> r.is("config", "GetComplianceDetailsByConfigRule"),
        r -> StubResponse.json("{\"EvaluationResults\": []}"));
  }

  /**
   * AWS Config's compliance calls (moto lacks them): {@code rule} is NON_COMPLIANT for one
   * SageMaker notebook instance.
   */
  static void nonCompliant(AwsStub stub, String rule, String notebook) {
    stub.on(
        r -> r.is("config", "DescribeComplianceByConfigRule"),
        r ->
            StubResponse.json(
                "{\"ComplianceByConfigRules\": [{\"ConfigRuleName\": "
                    + quote(rule)
                    + ", \"Compliance\": {\"ComplianceType\": \"NON_COMPLIANT\"}}]}"));
    stub.on(
        r -> r.is("config", "GetComplianceDetailsByConfigRule"),
        r ->
            StubResponse.json(
                "{\"EvaluationResults\": [{\"EvaluationResultIdentifier\":"
                    + " {\"EvaluationResultQualifier\": {\"ConfigRuleName\": "
                    + quote(rule)
                    + ", \"ResourceType\": \"AWS::SageMaker::NotebookInstance\","
                    + " \"ResourceId\": "
                    + quote(notebook)
                    + "}}, \"ComplianceType\": \"NON_COMPLIANT\"}]}"));
  }

  /**
   * IAM service last-accessed reports: the job id names the principal, and the report lists the
   * given {@code namespace -> last authenticated} (ISO time, or {@code null} for never) per ARN.
   */
  static void lastAccessed(
      AwsStub stub, java.util.Map<String, java.util.Map<String, String>> used) {
    stub.on(
        r -> r.is("iam", "GenerateServiceLastAccessedDetails"),
        r ->
            iam(
                "GenerateServiceLastAccessedDetails",
                "<JobId>"
                    + java.util.Base64.getUrlEncoder()
                        .encodeToString(
                            StubRequest.formValue(r.body(), "Arn").getBytes(StandardCharsets.UTF_8))
                    + "</JobId>"));
    stub.on(
        r -> r.is("iam", "GetServiceLastAccessedDetails"),
        r -> {
          String arn =
              new String(
                  java.util.Base64.getUrlDecoder().decode(StubRequest.formValue(r.body(), "JobId")),
                  StandardCharsets.UTF_8);
          StringBuilder services = new StringBuilder();
          used.getOrDefault(arn, java.util.Map.of())
              .forEach(
                  (ns, at) ->
                      services
                          .append("<member><ServiceName>")
                          .append(ns)
                          .append("</ServiceName><ServiceNamespace>")
                          .append(ns)
                          .append("</ServiceNamespace>")
                          .append(
                              at == null ? "" : "<LastAuthenticated>" + at + "</LastAuthenticated>")
                          .append("<TotalAuthenticatedEntities>")
                          .append(at == null ? 0 : 1)
                          .append("</TotalAuthenticatedEntities></member>"));
          return iam(
              "GetServiceLastAccessedDetails",
              "<JobStatus>COMPLETED</JobStatus><JobType>SERVICE_LEVEL</JobType>"
                  + "<JobCreationDate>2026-11-19T00:00:00Z</JobCreationDate>"
                  + "<JobCompletionDate>2026-11-19T00:00:05Z</JobCompletionDate>"
                  + "<ServicesLastAccessed>"
                  + services
                  + "</ServicesLastAccessed><IsTruncated>false</IsTruncated>");
        });
  }

  /** A REST-JSON answer for {@code method} on a path matching {@code pathRegex}. */
  static void rest(AwsStub stub, String method, String pathRegex, String body) {
    stub.on(
        r -> r.method().equals(method) && r.path().matches(pathRegex),
        r -> StubResponse.json(body));
  }

  /** A query-protocol (IAM) answer: {@code <Op>Response><Op>Result>...}. */
  static StubResponse iam(String operation, String result) {
    String xml =
        "<"
            + operation
            + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><"
            + operation
            + "Result>"
            + result
            + "</"
            + operation
            + "Result><ResponseMetadata><RequestId>stub</RequestId></ResponseMetadata></"
            + operation
            + "Response>";
    return new StubResponse(
        200,
        java.util.Map.of("Content-Type", java.util.List.of("text/xml")),
        xml.getBytes(StandardCharsets.UTF_8),
        0);
  }

  /** A top-level string of a JSON request body. */
  static String jsonValue(String body, String field) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(body)
          .path(field)
          .asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String read(StubRequest r, String file, String fallback) {
    Path path = ROOT.resolve(r.account()).resolve(r.region()).resolve(file);
    try {
      return Files.exists(path) ? Files.readString(path) : fallback;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
