package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a request token by token gives what reading it as a tree gives: the same request for a
 * valid body, and for any other the same refusal (status, type and detail), as the tree reader
 * words them all.
 */
class RequestTokensTest {

  private static final RequestLimits LIMITS =
      new RequestLimits(3, 2, 100, 40, 8, 5 << 20, 64, 1L << 30);

  private static final String CALL =
      "{\"accountId\":\"111111111111\",\"region\":\"us-east-1\",\"service\":\"sagemaker\","
          + "\"operation\":\"ListNotebookInstances\",\"response\":{\"NotebookInstances\":[]}}";
  private static final String EVIDENCE =
      "{\"controlId\":\"C-1\",\"providedAt\":\"2026-11-01T00:00:00Z\",\"text\":\"done\"}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"responses\": null, \"framework\": null, \"at\": null, \"manualEvidence\": null}",
        "{\"responses\": [], \"framework\": \"f\", \"at\": \"2026-11-20T01:02:03+01:00\"}",
        "{\"manualEvidence\": [" + EVIDENCE + "], \"responses\": [" + CALL + "," + CALL + "]}",
        "{\"responses\": [{}, {\"accountId\": null, \"suffix\": \"x\", \"request\": null,"
            + " \"response\": null, \"error\": null}]}",
        "{\"responses\": [{\"request\": {\"a\": [1, -2, 3.5, 1e300, 12345678901234567890,"
            + " true, null, \"s\"]}, \"response\": 5, \"error\": [{\"Code\": \"X\"}]}]}",
        "  {\"responses\": [{\"error\": {\"Code\": \"AccessDenied\", \"Message\": \"no\"}}]}  \n"
      })
  void aValidBodyGivesTheTreeReadersRequest(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertNotNull(
        RequestTokens.read(bytes, LIMITS, EvaluationRequestReader.mapper(LIMITS)),
        "read by tokens");
    assertEquals(
        EvaluationRequestReader.readTree(bytes, LIMITS),
        EvaluationRequestReader.read(bytes, LIMITS));
  }

  @Test
  void theExampleSnapshotGivesTheTreeReadersRequest() throws Exception {
    byte[] body =
        InlineCalls.request("2026-11-20T00:00:00Z", List.of())
            .set("responses", InlineCalls.fromSnapshot(Path.of("examples/snapshot")))
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    RequestLimits roomy = new RequestLimits(10_000, 1000, 100, 1_000_000, 64, 5 << 20, 64, 1);
    assertNotNull(RequestTokens.read(body, roomy, EvaluationRequestReader.mapper(roomy)));
    assertEquals(
        EvaluationRequestReader.readTree(body, roomy), EvaluationRequestReader.read(body, roomy));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[]",
        "5",
        "null",
        "{\"responses\": [",
        "{\"responses\": []} trailing",
        "{\"responses\": []} {}",
        "{\"at\": \"x\", \"at\": \"y\"}",
        "{\"responses\": [], \"responses\": []}",
        "{\"responses\": [{\"region\": \"a\", \"region\": \"a\"}]}",
        "{\"responses\": [{\"response\": {\"Name\": 1, \"Name\": 2}}]}",
        "{\"responses\": [{\"x\": 1, \"x\": 2}]}",
        "{\"nope\": 1}",
        "{\"nope\": 1, \"responses\": [",
        "{\"at\": \"x\", \"responses\": [}",
        "{\"responses\": [{\"nope\": 1}]}",
        "{\"framework\": 5}",
        "{\"framework\": {}}",
        "{\"at\": \"yesterday\"}",
        "{\"at\": 5}",
        "{\"responses\": {}}",
        "{\"responses\": \"all\"}",
        "{\"responses\": [null]}",
        "{\"responses\": [5]}",
        "{\"responses\": [[]]}",
        "{\"responses\": [{\"accountId\": 5}]}",
        "{\"responses\": [{\"suffix\": true}]}",
        "{\"responses\": [{}, {}, {}, {}]}",
        "{\"manualEvidence\": 5}",
        "{\"manualEvidence\": [{}]}",
        "{\"manualEvidence\": [" + EVIDENCE + "," + EVIDENCE + "," + EVIDENCE + "]}",
        "{\"responses\": [{\"response\": {\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {\"f\": {}}}}}}}}]}",
        "{\"responses\": [{\"response\": {\"a\": \"0123456789012345678901234567890123456789x\"}}]}",
        "{\"framework\": \"0123456789012345678901234567890123456789x\"}",
        "{\"nope\": 1, \"responses\": [{\"response\": {\"Name\": 1, \"Name\": 2}}]}",
        "{\"responses\": [{\"accountId\": 5}], \"responses\": []}"
      })
  void anyOtherBodyIsRefusedAsTheTreeReaderRefusesIt(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertNull(RequestTokens.read(bytes, LIMITS, EvaluationRequestReader.mapper(LIMITS)));
    assertEquals(
        refusal(() -> EvaluationRequestReader.readTree(bytes, LIMITS)),
        refusal(() -> EvaluationRequestReader.read(bytes, LIMITS)));
  }

  private static Problem refusal(Runnable read) {
    try {
      read.run();
    } catch (ApiException e) {
      return e.problem("/");
    }
    throw new AssertionError("not refused");
  }
}
