package dev.assay.collect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What the stub answers, in the wire format of the service that was asked. */
public record StubResponse(
    int status, Map<String, List<String>> headers, byte[] body, long delayMillis) {

  /** A 200 with a JSON body (REST-JSON and JSON protocols). */
  public static StubResponse json(String body) {
    return new StubResponse(
        200,
        Map.of("Content-Type", List.of("application/json")),
        body.getBytes(StandardCharsets.UTF_8),
        0);
  }

  /** An AWS error as the asked service's protocol carries it. */
  public static StubResponse error(StubRequest request, int status, String code, String message) {
    return switch (request.service()) {
      case "sagemaker", "organizations", "config" ->
          new StubResponse(
              status,
              Map.of("Content-Type", List.of("application/x-amz-json-1.1")),
              bytes("{\"__type\":\"" + code + "\",\"message\":" + quote(message) + "}"),
              0);
      case "bedrock", "securityhub" ->
          new StubResponse(
              status,
              Map.of(
                  "Content-Type", List.of("application/json"), "x-amzn-ErrorType", List.of(code)),
              bytes("{\"message\":" + quote(message) + "}"),
              0);
      case "ec2" ->
          xml(
              status,
              "<Response><Errors><Error><Code>"
                  + code
                  + "</Code><Message>"
                  + escape(message)
                  + "</Message></Error></Errors><RequestID>stub</RequestID></Response>");
      default ->
          xml(
              status,
              "<ErrorResponse><Error><Type>Sender</Type><Code>"
                  + code
                  + "</Code><Message>"
                  + escape(message)
                  + "</Message></Error><RequestId>stub</RequestId></ErrorResponse>");
    };
  }

  /** No answer for a while, then a 503: long enough for the SDK to time out first. */
  public static StubResponse hang(long millis) {
    return new StubResponse(503, Map.of(), new byte[0], millis);
  }

  private static StubResponse xml(int status, String body) {
    return new StubResponse(status, Map.of("Content-Type", List.of("text/xml")), bytes(body), 0);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
