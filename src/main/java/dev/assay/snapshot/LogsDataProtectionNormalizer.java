package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.fact.GenAiLogGroup;
import dev.assay.snapshot.IamReads.Known;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * CloudWatch Logs data protection of the log groups that receive GenAI content: the Bedrock model
 * invocation logging destination and AgentCore log groups.
 */
public final class LogsDataProtectionNormalizer implements Normalizer {

  private static final String TYPE = "GenAiLogGroup";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock.GetModelInvocationLoggingConfiguration",
        "logs.DescribeLogGroups",
        "logs.GetDataProtectionPolicy");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, String> arns = new LinkedHashMap<>();
    calls
        .single("bedrock", "GetModelInvocationLoggingConfiguration", TYPE)
        .map(r -> Json.text(r.path("loggingConfig").path("cloudWatchConfig"), "logGroupName"))
        .ifPresent(name -> groups.put(name, "invocation-logging"));
    for (JsonNode g : calls.listItems("logs", "DescribeLogGroups", "logGroups", TYPE)) {
      String name = Json.text(g, "logGroupName");
      if (name == null) {
        continue;
      }
      arns.put(name, Json.text(g, "logGroupArn"));
      if (name.contains("bedrock-agentcore")) {
        groups.putIfAbsent(name, "agentcore");
      }
    }
    IamReads reads = new IamReads(calls);
    groups.forEach(
        (name, source) -> {
          String arn =
              arns.get(name) != null ? arns.get(name) : calls.arn("logs", "log-group:" + name);
          Known<JsonNode> policy =
              reads.one(
                  "logs",
                  "GetDataProtectionPolicy",
                  c ->
                      name.equals(Json.text(c.request(), "logGroupIdentifier"))
                          || arn.equals(Json.text(c.request(), "logGroupIdentifier"))
                          || name.equals(c.suffix()),
                  Set.of());
          if (!policy.ok()) {
            policy.gaps(calls, out, arn, TYPE);
            return;
          }
          out.add(
              new GenAiLogGroup(
                  arn,
                  calls.accountId(),
                  calls.region(),
                  name,
                  source,
                  protects(policy.value().get("policyDocument"))));
        });
  }

  /** Whether some statement audits or de-identifies at least one data identifier. */
  static boolean protects(JsonNode document) {
    JsonNode doc = document;
    try {
      if (doc != null && doc.isTextual()) {
        doc = JSON.readTree(doc.asText());
      }
    } catch (Exception e) {
      return false;
    }
    for (JsonNode s : Json.array(doc, "Statement")) {
      JsonNode op = s.path("Operation");
      boolean acts = op.has("Audit") || op.has("Deidentify");
      if (acts && !Json.array(s, "DataIdentifier").isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
