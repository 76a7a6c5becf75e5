package dev.assay.api;

import static dev.assay.api.SecurityWorld.DELEGATED_CONTROL;
import static dev.assay.api.SecurityWorld.DELEGATED_SET;
import static dev.assay.api.SecurityWorld.OTHER_CONTROL;
import static dev.assay.api.SecurityWorld.field;
import static dev.assay.api.SecurityWorld.json;
import static dev.assay.api.SecurityWorld.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A delegate's answers on every GET route open to them name nothing of the control sets not
 * delegated to them (issue 9). Assessment C here has the owner's tags and report destination, a
 * snapshot in which one call of set X ({@code privacy}, carol's) and one call only set Y's controls
 * need have failed, evidence, a comment and a delegation to dave on Y, and a run.
 *
 * <p>What each route a delegate may call (role-matrix.tsv) returned of other sets before the
 * delegate's view, and what it returns now:
 *
 * <ul>
 *   <li>{@code GET /assessments} and {@code GET /assessments/{id}} (its {@code assessment}): the
 *       whole record, with the owners' tags, the report destination, the server path runs read, the
 *       chain's length and head hash (both of every set's items). Now without them; {@code
 *       evidenceCount} counts the items of the delegated sets.
 *   <li>{@code GET /assessments/{id}}: {@code lastRun} and {@code lastSuccessfulRun} with every
 *       gap, the run's evidence count over all sets and its snapshot path (counts, domains,
 *       resources and tasks were already narrowed). Now the run as below.
 *   <li>{@code /runs} and {@code /runs/{runId}}: each run's gaps, {@code evidenceAdded} and
 *       snapshot path of the whole assessment (results, findings, tasks of the detail were
 *       narrowed). Now the gaps behind ERROR findings of delegated controls, their items, no path.
 *   <li>{@code /evidence}, {@code /evidence/{evidenceId}} and the upload answers: {@code prevHash},
 *       the hash of the chain's previous item, which may be another set's. Now left out.
 *   <li>Already narrowed before: {@code /control-sets}, {@code /controls}, {@code
 *       /controls/{controlId}} and its history (the path is checked), {@code /changelog}, {@code
 *       /tasks}, {@code /evidence/folders}, {@code /evidence/{evidenceId}/file}, {@code
 *       /delegations}.
 * </ul>
 *
 * Not walked: the catalogue ({@code /frameworks}, {@code /controls}, {@code /rules}), the same for
 * everyone, which names every framework's controls by design; it holds no assessment's data.
 */
@MicronautTest
@Property(name = "assay.security.jwt.hmac-secret", value = Tokens.SECRET)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegateViewTest {

  private static final Path MATRIX = Path.of("src/test/resources/security/role-matrix.tsv");
  private static final String Y_REMARK = "remark-only-about-the-secure-set";
  private static final String TAG = "cost-centre-owners-only";
  private static final String DESTINATION = "s3://owners-report-bucket/assay";

  // X is the delegated privacy set, Y the others: each has a call failed in the snapshot.
  private static final String Y_GAP = FailedCallsSnapshot.OTHER_SETS_CALL;
  private static final String X_GAP = FailedCallsSnapshot.PRIVACY_CALL;

  @Inject EmbeddedServer server;

  private Http carol;
  private Http alice;
  private String base;
  private Path snapshot;
  private Map<String, String> x;
  private Map<String, String> y;
  private Set<String> xControls;
  private Set<String> yMarkers;
  private String carolsUpload;

  @BeforeAll
  void setUp() throws IOException {
    SecurityWorld world = new SecurityWorld(server.getURI());
    carol = world.callers.get("delegate");
    alice = world.callers.get("owner");
    snapshot = FailedCallsSnapshot.write();
    String c =
        field(
            post(
                world.admin,
                "/api/v1/assessments",
                "{\"name\": \"C\", \"framework\": \"genai-starter\", \"accounts\":"
                    + " [\"111111111111\"], \"regions\": [\"us-east-1\"], \"owners\": [\""
                    + SecurityWorld.OWNER
                    + "\"], \"tags\": {\"budget\": \""
                    + TAG
                    + "\"}, \"reportDestination\": \""
                    + DESTINATION
                    + "\", \"snapshotDir\": \""
                    + snapshot
                    + "\"}"),
            "id");
    base = "/api/v1/assessments/" + c;
    String delegationX =
        field(
            post(
                alice,
                base + "/delegations",
                "{\"controlSetId\": \"privacy\", \"delegate\": \""
                    + SecurityWorld.DELEGATE
                    + "\"}"),
            "id");
    String delegationY =
        field(
            post(
                alice,
                base + "/delegations",
                "{\"controlSetId\": \"secure\", \"delegate\": \"dave@example.com\"}"),
            "id");
    String runId = field(post(alice, base + "/runs", "{}"), "id");
    String evidenceX =
        field(
            alice.post(
                base + "/controls/" + DELEGATED_CONTROL + "/evidence/file?name=dp-7.txt",
                "text/plain",
                BodyPublishers.ofString("Procedure DP-7")),
            "id");
    HttpResponse<String> evidenceY =
        post(
            alice,
            base + "/controls/" + OTHER_CONTROL + "/evidence",
            "{\"text\": \"" + Y_REMARK + " as evidence\"}");
    post(
        alice,
        base + "/controls/" + OTHER_CONTROL + "/comments",
        "{\"body\": \"" + Y_REMARK + "\"}");
    // Carol's own upload comes right after Y's item in the chain.
    carolsUpload =
        post(
                carol,
                base + "/controls/" + DELEGATED_CONTROL + "/evidence",
                "{\"text\": \"the DP-7 procedure was approved\"}")
            .body();

    xControls = new TreeSet<>();
    yMarkers = new TreeSet<>();
    for (JsonNode control : json(alice.get(base + "/controls")).get("controls")) {
      boolean inX = control.get("controlSetId").asText().equals(DELEGATED_SET);
      (inX ? xControls : yMarkers).add(control.get("controlId").asText());
    }
    JsonNode y1 = json(evidenceY);
    yMarkers.addAll(
        List.of(
            y1.get("id").asText(),
            y1.get("itemHash").asText(),
            y1.get("contentSha256").asText(),
            delegationY,
            "dave@example.com",
            Y_REMARK,
            TAG,
            "budget",
            DESTINATION,
            snapshot.toString()));
    // The gap itself, not the call: run evidence is kept per service, so the failed call's answer
    // is also an item of the delegated notebook control (a SageMaker call), which is theirs.
    for (JsonNode gap : json(alice.get(base + "/runs/" + runId)).get("run").get("gaps")) {
      if (gap.asText().contains(Y_GAP)) {
        yMarkers.add(gap.asText());
      }
    }
    x =
        Map.of(
            "controlId", DELEGATED_CONTROL,
            "evidenceId", evidenceX,
            "delegationId", delegationX,
            "runId", runId);
    y = Map.of("controlId", OTHER_CONTROL, "evidenceId", y1.get("id").asText(), "runId", runId);
  }

  @AfterAll
  void removeSnapshot() throws IOException {
    FailedCallsSnapshot.delete(snapshot);
  }

  @Test
  void everyGetRouteOfADelegateNamesNothingOfTheOtherSetsWhileTheOwnerSeesIt() throws IOException {
    List<String> paths = delegateReads();
    assertTrue(paths.size() >= 15, "routes walked: " + paths);
    List<String> leaks = new ArrayList<>();
    StringBuilder ownerSaw = new StringBuilder();
    for (String path : paths) {
      HttpResponse<String> mine = carol.get(path);
      assertEquals(200, mine.statusCode(), path + ": " + mine.body());
      for (String text : JsonTexts.of(mine)) {
        for (String marker : yMarkers) {
          if (text.contains(marker)) {
            leaks.add(path + " names " + marker + " in: " + text);
          }
        }
      }
      ownerSaw.append(alice.get(path).body());
    }
    for (String path : List.of("/evidence?controlId=", "/controls/", "/changelog?controlId=")) {
      ownerSaw.append(alice.get(base + path + OTHER_CONTROL).body());
    }
    ownerSaw.append(alice.get(base + "/delegations").body());
    for (String text : JsonTexts.of(carolsUpload)) {
      yMarkers.stream().filter(text::contains).forEach(m -> leaks.add("upload answer names " + m));
    }
    assertEquals(List.of(), leaks);
    for (String marker : yMarkers) {
      assertTrue(ownerSaw.toString().contains(marker), "the owner reads " + marker);
    }
  }

  @Test
  void theDelegatesAssessmentAndRunsKeepWhatTheirWorkNeedsAndCountTheirSetsOnly() {
    JsonNode mine = json(carol.get(base)).get("assessment");
    JsonNode owners = json(alice.get(base)).get("assessment");
    for (String kept :
        List.of("id", "name", "status", "frameworkId", "accounts", "regions", "owners")) {
      assertEquals(owners.get(kept), mine.get(kept), kept);
    }
    for (String gone : List.of("tags", "reportDestination", "snapshotInput", "evidenceHead")) {
      assertTrue(owners.hasNonNull(gone), "the owner reads " + gone);
      assertFalse(mine.hasNonNull(gone), "a delegate does not read " + gone + ": " + mine);
    }
    List<JsonNode> xItems = evidence(carol);
    assertEquals(xItems.size(), mine.get("evidenceCount").asLong(), mine.toString());
    assertTrue(owners.get("evidenceCount").asLong() > xItems.size(), owners.toString());
    JsonNode listed = json(carol.get("/api/v1/assessments")).get("assessments");
    JsonNode c =
        JsonTexts.stream(listed)
            .filter(a -> base.endsWith(a.get("id").asText()))
            .findFirst()
            .orElseThrow();
    assertEquals(mine, c, "the list shows the same view");

    String runId = x.get("runId");
    JsonNode run = json(carol.get(base + "/runs/" + runId)).get("run");
    JsonNode ownersRun = json(alice.get(base + "/runs/" + runId)).get("run");
    assertTrue(ownersRun.get("gaps").toString().contains(Y_GAP), ownersRun.toString());
    assertTrue(ownersRun.get("gaps").toString().contains(X_GAP), ownersRun.toString());
    assertTrue(run.get("gaps").toString().contains(X_GAP), "the delegate's own gap: " + run);
    assertFalse(run.get("gaps").toString().contains(Y_GAP), run.toString());
    long ofRun = xItems.stream().filter(i -> runId.equals(i.path("runId").asText())).count();
    assertTrue(ofRun > 0, "the run collected evidence for the delegated controls");
    assertEquals(ofRun, run.get("evidenceAdded").asLong(), run.toString());
    assertTrue(ownersRun.get("evidenceAdded").asLong() > ofRun, ownersRun.toString());
    assertFalse(run.hasNonNull("snapshotSource"), run.toString());
    assertEquals(run, json(carol.get(base + "/runs")).get("runs").get(0), "the list agrees");
    assertEquals(run, json(carol.get(base)).get("lastRun"), "the summary agrees");
    assertEquals(ownersRun, json(alice.get(base + "/runs")).get("runs").get(0));

    for (JsonNode item : xItems) {
      assertTrue(xControls.contains(item.get("controlId").asText()), item.toString());
      assertFalse(item.hasNonNull("prevHash"), item.toString());
    }
    assertTrue(
        JsonTexts.stream(json(alice.get(base + "/evidence?limit=1000")).get("evidence"))
            .anyMatch(i -> i.hasNonNull("prevHash")),
        "the owner reads the chain's links");
  }

  /** Every GET route the matrix opens to delegates, on C, with X's objects and query variants. */
  private List<String> delegateReads() throws IOException {
    List<String> paths = new ArrayList<>();
    List<String> header = null;
    for (String line : Files.readAllLines(MATRIX)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      List<String> cells = List.of(line.split("\t"));
      if (header == null) {
        header = cells;
        continue;
      }
      String route = cells.get(0);
      if (!route.startsWith("GET /api/v1/assessments")
          || !"ok".equals(cells.get(header.indexOf("delegate")))) {
        continue;
      }
      String path = route.substring(4).replace("/api/v1/assessments/{id}", base);
      for (Map.Entry<String, String> o : x.entrySet()) {
        path = path.replace("{" + o.getKey() + "}", o.getValue());
      }
      paths.add(path);
    }
    paths.add(base + "/evidence?limit=1000");
    paths.add(base + "/evidence?controlId=" + DELEGATED_CONTROL);
    paths.add(base + "/evidence?controlId=" + OTHER_CONTROL);
    paths.add(base + "/changelog?controlId=" + DELEGATED_CONTROL);
    return paths;
  }

  private List<JsonNode> evidence(Http who) {
    return JsonTexts.stream(json(who.get(base + "/evidence?limit=1000")).get("evidence")).toList();
  }
}
