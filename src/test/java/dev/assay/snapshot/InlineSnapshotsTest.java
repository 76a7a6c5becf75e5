package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calls sent inline (the HTTP API, rule cases) are validated as snapshot files are. */
class InlineSnapshotsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final InlineSnapshots inline =
      new InlineSnapshots(
          Set.of("sagemaker.ListNotebookInstances", "sagemaker.DescribeNotebookInstance"));

  @Test
  void buildsCallsAndScopes() throws Exception {
    Snapshot snapshot =
        inline.build(
            List.of(
                call(
                    "111111111111",
                    "us-east-1",
                    "sagemaker",
                    "ListNotebookInstances",
                    null,
                    null,
                    "{\"NotebookInstances\": []}",
                    null),
                call(
                    "222222222222",
                    "eu-west-1",
                    "sagemaker",
                    "DescribeNotebookInstance",
                    "nb-a",
                    "{\"NotebookInstanceName\": \"nb-a\"}",
                    null,
                    "{\"Code\": \"AccessDeniedException\", \"Message\": \"no\"}")));

    assertEquals(2, snapshot.calls().size());
    ApiCall failed = snapshot.calls().get(1);
    assertEquals("nb-a", failed.suffix());
    assertEquals("AccessDeniedException", failed.error().code());
    assertEquals("responses[1]", failed.source());
    assertEquals(2, snapshot.scopes().size());
    assertEquals("", snapshot.calls().get(0).suffix());
  }

  @Test
  void unknownOperationsAreSkippedButTheirScopeCounts() throws Exception {
    Snapshot snapshot =
        inline.build(
            List.of(
                call("111111111111", "us-west-2", "ec2", "DescribeVpcs", null, null, "{}", null)));

    assertEquals(List.of("responses[0]: no rule reads ec2 DescribeVpcs"), snapshot.skipped());
    assertEquals(0, snapshot.calls().size());
    assertEquals(new Scope("111111111111", "us-west-2"), snapshot.scopes().first());
  }

  @Test
  void everyScopeCountsWhereverItsCallsAreAndAKnownServiceStillNeedsAKnownOperation()
      throws Exception {
    String list = "{\"NotebookInstances\": []}";
    Snapshot snapshot =
        inline.build(
            List.of(
                call(
                    "111111111111",
                    "us-east-1",
                    "sagemaker",
                    "ListNotebookInstances",
                    null,
                    null,
                    list,
                    null),
                call(
                    "111111111111", "eu-west-1", "sagemaker", "ListModels", null, null, "{}", null),
                call(
                    "111111111111",
                    "us-east-1",
                    "sagemaker",
                    "ListNotebookInstances",
                    "2",
                    null,
                    list,
                    null),
                call(
                    "222222222222",
                    "us-east-1",
                    "sagemaker",
                    "ListNotebookInstances",
                    null,
                    null,
                    list,
                    null)));

    assertEquals(
        List.of(
            new Scope("111111111111", "eu-west-1"),
            new Scope("111111111111", "us-east-1"),
            new Scope("222222222222", "us-east-1")),
        List.copyOf(snapshot.scopes()));
    assertEquals(List.of("responses[1]: no rule reads sagemaker ListModels"), snapshot.skipped());
    assertEquals(3, snapshot.calls().size());
    assertEquals("responses[3]", snapshot.calls().get(2).source());
  }

  @Test
  void invalidCallsAreErrorsNamingTheEntryAndTheField() throws Exception {
    String list = "{\"NotebookInstances\": []}";
    assertError("responses: at least one recorded call is required", List.of());
    assertError("responses: at least one recorded call is required", null);
    assertError("responses[0]: must be an object", Arrays.asList((RecordedCall) null));
    assertError(
        "responses[0]: \"accountId\" is required",
        List.of(
            call(null, "us-east-1", "sagemaker", "ListNotebookInstances", null, null, list, null)));
    assertError(
        "responses[0]: \"accountId\" is not valid: 1234",
        List.of(
            call(
                "1234",
                "us-east-1",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                list,
                null)));
    assertError(
        "responses[0]: \"region\" is not valid: Mars",
        List.of(
            call(
                "111111111111",
                "Mars",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                list,
                null)));
    assertError(
        "responses[0]: \"service\" is required",
        List.of(
            call(
                "111111111111",
                "us-east-1",
                " ",
                "ListNotebookInstances",
                null,
                null,
                list,
                null)));
    assertError(
        "responses[0]: \"operation\" is not valid: list-notebook-instances",
        List.of(
            call(
                "111111111111",
                "us-east-1",
                "sagemaker",
                "list-notebook-instances",
                null,
                null,
                list,
                null)));
    assertError(
        "responses[1]: exactly one of \"response\" or \"error\" is required",
        List.of(
            call(
                "111111111111",
                "us-east-1",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                list,
                null),
            call(
                "111111111111",
                "us-east-1",
                "sagemaker",
                "DescribeNotebookInstance",
                null,
                null,
                null,
                null)));
    assertError(
        "responses[0]: exactly one of \"response\" or \"error\" is required",
        List.of(
            call(
                "111111111111",
                "us-east-1",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                list,
                "{\"Code\": \"X\"}")));
    assertError(
        "responses[0]: \"error\" must be an object with a string \"Code\"",
        List.of(
            call(
                "111111111111",
                "us-east-1",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                null,
                "\"AccessDenied\"")));
    assertError(
        "responses[0]: \"response\" must be an object",
        List.of(
            call(
                "111111111111",
                "us-east-1",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                "[]",
                null)));
  }

  @Test
  void aValueSeenValidInOneFieldIsStillCheckedInAnother() throws Exception {
    // Valid names are remembered per request to skip their regex; the memory is per field kind.
    String list = "{\"NotebookInstances\": []}";
    RecordedCall valid =
        call(
            "111111111111",
            "us-east-1",
            "sagemaker",
            "ListNotebookInstances",
            null,
            null,
            list,
            null);
    assertError(
        "responses[1]: \"region\" is not valid: 111111111111",
        List.of(
            valid,
            call(
                "111111111111",
                "111111111111",
                "sagemaker",
                "ListNotebookInstances",
                null,
                null,
                list,
                null)));
    assertError(
        "responses[2]: \"operation\" is not valid: sagemaker",
        List.of(
            valid,
            valid,
            call("111111111111", "us-east-1", "sagemaker", "sagemaker", null, null, list, null)));
  }

  private void assertError(String message, List<RecordedCall> calls) {
    SnapshotException e = assertThrows(SnapshotException.class, () -> inline.build(calls));
    assertEquals(message, e.getMessage());
  }

  private static RecordedCall call(
      String account,
      String region,
      String service,
      String operation,
      String suffix,
      String request,
      String response,
      String error)
      throws Exception {
    return new RecordedCall(
        account, region, service, operation, suffix, tree(request), tree(response), tree(error));
  }

  private static JsonNode tree(String json) throws Exception {
    return json == null ? null : JSON.readTree(json);
  }
}
