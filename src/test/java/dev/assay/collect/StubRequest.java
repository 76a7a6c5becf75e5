package dev.assay.collect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One AWS request as the stub sees it: who sent it (account, from the signing key), where to
 * (region and service, from the SigV4 credential scope) and what (the operation, from the
 * protocol).
 */
public record StubRequest(
    String method,
    String path,
    String body,
    String accessKey,
    String account,
    String region,
    String service,
    String operation) {

  private static final Pattern SCOPE =
      Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");

  static StubRequest of(
      String method,
      String path,
      String authorization,
      String target,
      String body,
      java.util.function.Function<String, String> accountOfKey) {
    Matcher m = SCOPE.matcher(authorization == null ? "" : authorization);
    boolean signed = m.find();
    String key = signed ? m.group(1) : "";
    String region = signed ? m.group(2) : "";
    String signing = signed ? m.group(3) : "";
    String service = signing.equals("monitoring") ? "cloudwatch" : signing;
    return new StubRequest(
        method,
        path,
        body,
        key,
        accountOfKey.apply(key),
        region,
        service,
        operation(method, path, target, body));
  }

  private static String operation(String method, String path, String target, String body) {
    if (target != null && target.contains(".")) {
      return target.substring(target.lastIndexOf('.') + 1);
    }
    String action = formValue(body, "Action");
    if (action != null) {
      return action;
    }
    // Bedrock's REST paths, the ones collectors call.
    if (path.equals("/guardrails")) {
      return method.equals("GET") ? "ListGuardrails" : "CreateGuardrail";
    }
    if (path.startsWith("/guardrails/")) {
      return method.equals("GET") ? "GetGuardrail" : method + "Guardrail";
    }
    if (path.equals("/logging/modelinvocations")) {
      return method.equals("GET")
          ? "GetModelInvocationLoggingConfiguration"
          : "PutModelInvocationLoggingConfiguration";
    }
    return method + " " + path;
  }

  /** A parameter of a form-encoded (query protocol) body, or {@code null}. */
  static String formValue(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  public boolean is(String service, String operation) {
    return this.service.equals(service) && this.operation.equals(operation);
  }
}
