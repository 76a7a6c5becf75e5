package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.BedrockInvokePolicy;
import dev.assay.fact.InlinePolicy;
import dev.assay.snapshot.IamReads.Failure;
import dev.assay.snapshot.IamReads.Known;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policies of IAM roles, users and groups: attached managed policies with their documents and
 * inline policies (which become {@link InlinePolicy} and {@link BedrockInvokePolicy} facts as they
 * are read).
 */
final class IamPrincipalPolicies {

  static final String IAM = "iam";

  /** The actions that invoke a Bedrock model (InvokeModel, Converse and their streaming forms). */
  static final List<String> INVOKE_ACTIONS =
      List.of(
          "bedrock:InvokeModel",
          "bedrock:InvokeModelWithResponseStream",
          "bedrock:Converse",
          "bedrock:ConverseStream");

  private static final String[] INLINE_TYPES = {"InlinePolicy", "BedrockInvokePolicy"};

  private final ScopeCalls calls;
  private final IamReads reads;
  private final Map<String, Known<IamPolicy>> documents = new HashMap<>();

  IamPrincipalPolicies(ScopeCalls calls) {
    this.calls = calls;
    this.reads = new IamReads(calls);
  }

  /** {@code kind} is {@code Role}, {@code User} or {@code Group}, as in the operation names. */
  Known<List<String>> attached(String kind, String name) {
    Known<List<JsonNode>> items =
        reads.items(
            IAM,
            "ListAttached" + kind + "Policies",
            IamReads.about(Map.of(kind + "Name", name)),
            "AttachedPolicies");
    if (!items.ok()) {
      return Known.failed(items.failures());
    }
    List<String> arns = new ArrayList<>();
    items.value().forEach(p -> arns.add(Json.text(p, "PolicyArn")));
    return Known.of(arns);
  }

  /** The document of a managed policy's default version, from {@code GetPolicyVersion}. */
  Known<IamPolicy> document(String policyArn) {
    return documents.computeIfAbsent(policyArn, this::readDocument);
  }

  private Known<IamPolicy> readDocument(String policyArn) {
    Known<JsonNode> version =
        reads.one(
            IAM,
            "GetPolicyVersion",
            IamReads.about(Map.of("PolicyArn", policyArn))
                .or(c -> policyArn.substring(policyArn.lastIndexOf('/') + 1).equals(c.suffix())),
            Set.of());
    if (!version.ok()) {
      return Known.failed(version.failures());
    }
    return parsed(version.value().path("PolicyVersion").get("Document"), "GetPolicyVersion");
  }

  /** The documents of several managed policies; unknown if any one is. */
  Known<List<IamPolicy>> documents(List<String> policyArns) {
    List<IamPolicy> docs = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (String arn : policyArns) {
      Known<IamPolicy> doc = document(arn);
      if (doc.ok()) {
        docs.add(doc.value());
      } else {
        failures.addAll(doc.failures());
      }
    }
    return failures.isEmpty() ? Known.of(docs) : Known.failed(failures);
  }

  /**
   * The inline policies of one principal, each added as facts as it is read; unknown (with gaps for
   * the inline fact types) if the list or any document could not be read.
   */
  Known<List<IamPolicy>> inline(String kind, String name, String principalArn, FactSink out) {
    Known<List<JsonNode>> names =
        reads.pages(IAM, "List" + kind + "Policies", IamReads.about(Map.of(kind + "Name", name)));
    if (!names.ok()) {
      names.gaps(calls, out, principalArn, INLINE_TYPES);
      return Known.failed(names.failures());
    }
    List<IamPolicy> docs = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (JsonNode page : names.value()) {
      for (JsonNode policyName : Json.array(page, "PolicyNames")) {
        String policy = policyName.asText();
        String arn = principalArn + "/inline-policy/" + policy;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(kind + "Name", name);
        fields.put("PolicyName", policy);
        Known<JsonNode> read =
            reads.one(IAM, "Get" + kind + "Policy", IamReads.about(fields), Set.of());
        Known<IamPolicy> doc =
            read.ok()
                ? parsed(read.value().get("PolicyDocument"), "Get" + kind + "Policy")
                : Known.failed(read.failures());
        if (!doc.ok()) {
          doc.gaps(calls, out, arn, INLINE_TYPES);
          failures.addAll(doc.failures());
          continue;
        }
        docs.add(doc.value());
        boolean subscribe = doc.value().allowsOnAnyResource("aws-marketplace:Subscribe");
        out.add(
            new InlinePolicy(
                arn, calls.accountId(), calls.region(), principalArn, policy, subscribe));
        invokePolicy(arn, policy, doc.value()).ifPresent(out::add);
      }
    }
    return failures.isEmpty() ? Known.of(docs) : Known.failed(failures);
  }

  /** A {@link BedrockInvokePolicy} when the document allows invoking Bedrock models. */
  java.util.Optional<BedrockInvokePolicy> invokePolicy(String arn, String name, IamPolicy doc) {
    List<String> unguarded = new ArrayList<>();
    boolean invokes = false;
    int index = 0;
    for (IamPolicy.Statement s : doc.statements()) {
      index++;
      if (!s.allow() || INVOKE_ACTIONS.stream().noneMatch(s::matches)) {
        continue;
      }
      invokes = true;
      if (!hasConditionKey(s.condition(), "bedrock:GuardrailIdentifier")) {
        unguarded.add(s.sid() != null ? s.sid() : "statement " + index);
      }
    }
    if (!invokes) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new BedrockInvokePolicy(
            arn, calls.accountId(), calls.region(), name, String.join(", ", unguarded)));
  }

  private static boolean hasConditionKey(JsonNode condition, String key) {
    if (condition == null || !condition.isObject()) {
      return false;
    }
    for (JsonNode operator : condition) {
      var names = operator.fieldNames();
      while (names.hasNext()) {
        if (names.next().equalsIgnoreCase(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Known<IamPolicy> parsed(JsonNode document, String operation) {
    IamPolicy policy = IamPolicy.parse(document);
    return policy != null
        ? Known.of(policy)
        : Known.failed(
            List.of(
                new Failure(IAM, operation, "MalformedResponse", "unreadable policy document")));
  }
}
