package dev.assay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.assay.api.InlineCalls;
import java.util.HashSet;
import java.util.Set;

/** Small helpers over inline calls and evaluation results. */
final class JsonCalls {

  private JsonCalls() {}

  /**
   * One account of about 200 resources from the two-account example: the first account's calls as
   * they are, and the second's regional calls moved into the first account under two other regions
   * (its IAM calls are left out: one account has one IAM).
   */
  static ArrayNode oneBigAccount(ArrayNode calls, String account, String other) {
    ArrayNode merged = ofAccount(calls, account);
    for (JsonNode call : ofAccount(calls, other)) {
      if (call.get("region").asText().equals("global")) {
        continue;
      }
      String moved =
          call.toString()
              .replace(other, account)
              .replace("us-east-1", "us-west-2")
              .replace("eu-west-1", "eu-central-1");
      try {
        merged.add(InlineCalls.JSON.readTree(moved));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return merged;
  }

  /** The calls of one account (its regions and {@code global}). */
  static ArrayNode ofAccount(ArrayNode calls, String account) {
    ArrayNode mine = InlineCalls.JSON.createArrayNode();
    for (JsonNode call : calls) {
      if (account.equals(call.get("accountId").asText())) {
        mine.add(call);
      }
    }
    return mine;
  }

  /** Distinct resources an evaluation judged (findings about real ARNs, not whole scopes). */
  static int resources(JsonNode result) {
    Set<String> arns = new HashSet<>();
    for (JsonNode finding : result.get("findings")) {
      String arn = finding.get("resourceArn").asText();
      if (!"NOT_APPLICABLE".equals(finding.get("status").asText()) && !arn.endsWith("/*")) {
        arns.add(arn);
      }
    }
    return arns.size();
  }
}
