package dev.assay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.assay.api.InlineCalls;
import java.util.HashSet;
import java.util.Set;

/** Small helpers over inline calls and evaluation results. */
final class JsonCalls {

  private JsonCalls() {}

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
