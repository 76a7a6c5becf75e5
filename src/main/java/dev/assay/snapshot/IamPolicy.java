package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small IAM policy evaluator: the statements of one or more policy documents and the questions
 * the rules ask of them ("is action X allowed on every resource?"). It answers from the documents
 * alone: an Allow counts unless an unconditional Deny on every resource removes it; a conditional
 * Allow still counts, because a condition narrows who may use it, not what it grants.
 */
public final class IamPolicy {

  /** Actions that let a principal raise its own privileges (reference §0); any one on * counts. */
  static final List<String> PRIVILEGE_ESCALATION =
      List.of(
          "iam:PutRolePolicy",
          "iam:PutUserPolicy",
          "iam:PutGroupPolicy",
          "iam:PutRolePermissionsBoundary",
          "iam:PutUserPermissionsBoundary",
          "iam:CreatePolicyVersion",
          "iam:SetDefaultPolicyVersion",
          "iam:CreateAccessKey",
          "iam:CreateLoginProfile",
          "iam:UpdateLoginProfile",
          "iam:AttachUserPolicy",
          "iam:AttachGroupPolicy",
          "iam:AttachRolePolicy",
          "iam:AddUserToGroup",
          "iam:UpdateAssumeRolePolicy");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One statement, with its action and resource patterns lowercased. */
  record Statement(
      String sid,
      boolean allow,
      List<String> actions,
      boolean notAction,
      boolean anyResource,
      JsonNode condition,
      JsonNode principal) {

    boolean matches(String action) {
      return matchesLowercase(action.toLowerCase(Locale.ROOT));
    }

    /** Whether it names {@code action} lowercased: callers lowercase once, not per statement. */
    boolean matchesLowercase(String action) {
      boolean listed = false;
      for (String p : actions) {
        if (globMatches(p, action)) {
          listed = true;
          break;
        }
      }
      return notAction != listed;
    }

    boolean conditional() {
      return condition != null && condition.isObject() && !condition.isEmpty();
    }

    /** Whether it grants every action of a service ({@code bedrock:*}, {@code *}). */
    boolean coversService(String service) {
      if (notAction) {
        // NotAction grants everything it does not name: all of the service unless it names some.
        return actions.stream()
            .noneMatch(
                p ->
                    p.equals("*") || p.startsWith(service + ":") || coversPrefix(p, service + ":"));
      }
      return actions.stream().anyMatch(p -> coversPrefix(p, service + ":"));
    }
  }

  private final List<Statement> statements;

  private IamPolicy(List<Statement> statements) {
    this.statements = List.copyOf(statements);
  }

  public static IamPolicy empty() {
    return new IamPolicy(List.of());
  }

  /** The policies of one principal taken together: a Deny in one removes an Allow in another. */
  public static IamPolicy combine(List<IamPolicy> policies) {
    List<Statement> all = new ArrayList<>();
    policies.forEach(p -> all.addAll(p.statements));
    return new IamPolicy(all);
  }

  /**
   * Parses a policy document as the AWS CLI prints it (a JSON object) or as the API returns it (a
   * URL-encoded JSON string). {@code null} when it is not a readable policy.
   */
  public static IamPolicy parse(JsonNode document) {
    JsonNode doc = document;
    try {
      if (doc != null && doc.isTextual()) {
        String text = doc.asText().trim();
        if (!text.startsWith("{")) {
          text = URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        doc = JSON.readTree(text);
      }
    } catch (Exception e) {
      return null;
    }
    if (doc == null || !doc.isObject()) {
      return null;
    }
    JsonNode raw = doc.get("Statement");
    List<JsonNode> items = new ArrayList<>();
    if (raw != null && raw.isArray()) {
      raw.forEach(items::add);
    } else if (raw != null && raw.isObject()) {
      items.add(raw);
    }
    List<Statement> statements = new ArrayList<>();
    for (JsonNode s : items) {
      statements.add(statement(s));
    }
    return new IamPolicy(statements);
  }

  private static Statement statement(JsonNode s) {
    boolean notAction = s.has("NotAction");
    List<String> actions = strings(s.get(notAction ? "NotAction" : "Action"));
    // NotResource applies to nearly everything, so it counts as every resource (fail closed).
    boolean anyResource = s.has("NotResource") || strings(s.get("Resource")).contains("*");
    return new Statement(
        Json.text(s, "Sid"),
        "Allow".equalsIgnoreCase(Json.text(s, "Effect")),
        actions,
        notAction,
        anyResource,
        s.get("Condition"),
        s.get("Principal"));
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
    } else {
      out.add(node.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  List<Statement> statements() {
    return statements;
  }

  /** Whether {@code action} is allowed on every resource (a conditional Allow counts). */
  public boolean allowsOnAnyResource(String action) {
    String a = action.toLowerCase(Locale.ROOT);
    for (Statement s : statements) {
      if (s.allow() && s.anyResource() && s.matchesLowercase(a)) {
        return !deniedEverywhereLowercase(a);
      }
    }
    return false;
  }

  /** Whether {@code action} is allowed on some resource. */
  public boolean allows(String action) {
    String a = action.toLowerCase(Locale.ROOT);
    for (Statement s : statements) {
      if (s.allow() && s.matchesLowercase(a)) {
        return !deniedEverywhereLowercase(a);
      }
    }
    return false;
  }

  private boolean deniedEverywhere(String action) {
    return deniedEverywhereLowercase(action.toLowerCase(Locale.ROOT));
  }

  private boolean deniedEverywhereLowercase(String action) {
    for (Statement s : statements) {
      if (!s.allow() && s.anyResource() && !s.conditional() && s.matchesLowercase(action)) {
        return true;
      }
    }
    return false;
  }

  /** Administrator access: {@code *} on {@code *}. */
  public boolean grantsAdmin() {
    return statements.stream()
            .anyMatch(
                s ->
                    s.allow()
                        && s.anyResource()
                        && !s.notAction()
                        && (s.actions().contains("*") || s.actions().contains("*:*")))
        && !deniedEverywhere("assay:AnyAction");
  }

  public boolean grantsPrivilegeEscalation() {
    return PRIVILEGE_ESCALATION.stream().anyMatch(this::allowsOnAnyResource);
  }

  /** Every action of {@code service} (such as {@code bedrock:*}) on any resource. */
  public boolean grantsWholeService(String service) {
    return statements.stream().anyMatch(s -> s.allow() && s.coversService(service))
        && !deniedEverywhere(service + ":InvokeModel");
  }

  /**
   * The service-wide wildcards ({@code s3:*}) and {@code NotAction} grants allowed on every
   * resource, sorted, as written (lowercased); empty when none. Admin ({@code *}) is {@link
   * #grantsAdmin}.
   */
  public java.util.SortedSet<String> broadActionsOnAnyResource() {
    java.util.SortedSet<String> broad = new java.util.TreeSet<>();
    for (Statement s : statements) {
      if (!s.allow() || !s.anyResource()) {
        continue;
      }
      if (s.notAction()) {
        broad.add("NotAction " + String.join(", ", s.actions()));
        continue;
      }
      s.actions().stream()
          .filter(IamPolicy::wholeService)
          .filter(a -> !deniedEverywhere(a.substring(0, a.indexOf(':')) + ":AnyAction"))
          .forEach(broad::add);
    }
    return broad;
  }

  /** Whether any action of {@code service} is allowed at all (it could be one of many). */
  public boolean grantsAnyOf(String service) {
    return statements.stream()
        .anyMatch(
            s ->
                s.allow()
                    && (s.notAction()
                        || s.actions().stream()
                            .anyMatch(
                                p ->
                                    p.equals("*")
                                        || p.equals("*:*")
                                        || p.startsWith(service + ":")
                                        || coversPrefix(p, service + ":"))));
  }

  /** Whether a trust policy lets only AWS services assume the role. */
  public boolean trustsOnlyServices() {
    if (statements.isEmpty()) {
      return false;
    }
    for (Statement s : statements) {
      if (!s.allow()) {
        continue;
      }
      JsonNode principal = s.principal();
      if (principal == null
          || !principal.isObject()
          || principal.size() != 1
          || !principal.has("Service")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code pattern} (lowercase, with wildcards) matches every name starting with prefix.
   */
  static boolean coversPrefix(String pattern, String prefix) {
    if (!pattern.endsWith("*")) {
      return false;
    }
    String head = pattern.substring(0, pattern.length() - 1);
    for (int i = 0; i <= prefix.length(); i++) {
      if (globMatches(head, prefix.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} matches the IAM wildcard {@code pattern} ({@code *} any run, {@code ?} one
   * character), both lowercased. Every policy question asks this of every statement's patterns, and
   * a regular expression per pattern (even cached) was the largest cost of normalising IAM; this
   * walks both strings once, backtracking only to the last {@code *}. As the regular expressions
   * did, the wildcards do not match line terminators.
   */
  static boolean globMatches(String pattern, String name) {
    int p = 0;
    int n = 0;
    int star = -1;
    int starFrom = 0;
    while (n < name.length()) {
      char c = name.charAt(n);
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        starFrom = n;
      } else if (p < pattern.length()
          && (pattern.charAt(p) == '?' ? !lineTerminator(c) : pattern.charAt(p) == c)) {
        p++;
        n++;
      } else if (star >= 0 && !lineTerminator(name.charAt(starFrom))) {
        p = star + 1;
        n = ++starFrom;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static boolean lineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Whether a (lowercased) action pattern is one service's every action, {@code s3:*}: asked of
   * every action of every policy, where matching a regular expression cost more than the rest.
   */
  static boolean wholeService(String action) {
    int colon = action.length() - 2;
    if (colon < 1 || !action.endsWith(":*")) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = action.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
