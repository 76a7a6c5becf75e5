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
import dev.assay.api.security.AccessPolicy;
import dev.assay.api.security.AccessRule;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A delegate reads and acts on the control sets delegated to them and nothing else (issue 9). In
 * {@link SecurityWorld}'s assessment A, carol holds set X ({@code privacy}); here the owner also
 * puts evidence, a comment and a delegation to dave on set Y ({@code secure}) and runs a
 * collection. Every route with a control, evidence, delegation or control-set in its path is walked
 * from the Router with X's objects (allowed as role-matrix.tsv says), Y's (hidden: the very answer
 * an object that does not exist gets) and on B (hidden assessment); every list is checked to name
 * nothing of Y.
 */
@MicronautTest
@Property(name = "assay.security.jwt.hmac-secret", value = Tokens.SECRET)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegateScopeTest {

  private static final Path MATRIX = Path.of("src/test/resources/security/role-matrix.tsv");
  private static final Pattern OBJECT =
      Pattern.compile("\\{(controlId|evidenceId|delegationId|controlSetId)}");
  private static final String Y_REMARK = "remark-only-about-the-secure-set";

  @Inject EmbeddedServer server;
  @Inject Router router;

  private SecurityWorld world;
  private Http carol;
  private Http alice;
  private String base;
  private Map<String, String> x;
  private Map<String, String> y;
  private Set<String> xControls;
  private Set<String> yMarkers;
  private String runId;

  @BeforeAll
  void setUp() {
    world = new SecurityWorld(server.getURI());
    carol = world.callers.get("delegate");
    alice = world.callers.get("owner");
    base = "/api/v1/assessments/" + world.a;
    String evidenceX =
        field(
            alice.post(
                base + "/controls/" + DELEGATED_CONTROL + "/evidence/file?name=dp-7.txt",
                "text/plain",
                BodyPublishers.ofString("Procedure DP-7")),
            "id");
    String evidenceY =
        field(
            post(
                alice,
                base + "/controls/" + OTHER_CONTROL + "/evidence",
                "{\"text\": \"" + Y_REMARK + " as evidence\"}"),
            "id");
    post(alice, base + "/controls/" + DELEGATED_CONTROL + "/comments", "{\"body\": \"for carol\"}");
    post(
        alice,
        base + "/controls/" + OTHER_CONTROL + "/comments",
        "{\"body\": \"" + Y_REMARK + "\"}");
    String delegationY =
        field(
            post(
                alice,
                base + "/delegations",
                "{\"controlSetId\": \"secure\", \"delegate\": \"dave@example.com\"}"),
            "id");
    runId = field(post(alice, base + "/runs", "{}"), "id");

    xControls = new TreeSet<>();
    Set<String> yControls = new TreeSet<>();
    for (JsonNode c : json(alice.get(base + "/controls")).get("controls")) {
      boolean inX = c.get("controlSetId").asText().equals(DELEGATED_SET);
      (inX ? xControls : yControls).add(c.get("controlId").asText());
    }
    x =
        Map.of(
            "controlId", DELEGATED_CONTROL,
            "evidenceId", evidenceX,
            "delegationId", world.delegation,
            "controlSetId", DELEGATED_SET);
    y =
        Map.of(
            "controlId", OTHER_CONTROL,
            "evidenceId", evidenceY,
            "delegationId", delegationY,
            "controlSetId", "secure");
    yMarkers = new HashSet<>(yControls);
    yMarkers.addAll(List.of(evidenceY, delegationY, "dave@example.com", Y_REMARK));
  }

  @Test
  void everyPerObjectRouteAllowsTheDelegatedSetAndHidesTheOtherAndB() throws IOException {
    Map<String, String> matrix = delegateColumn();
    List<String> wrong = new ArrayList<>();
    List<String> walked = new ArrayList<>();
    for (String route : routes()) {
      Matcher object = OBJECT.matcher(route);
      if (!route.contains(" /api/v1/assessments/{id}/") || !object.find()) {
        continue;
      }
      walked.add(route);
      String var = object.group(1);
      HttpResponse<String> onX = call(route, world.a, x);
      HttpResponse<String> onY = call(route, world.a, y);
      HttpResponse<String> onB = call(route, world.b, x);
      if (!"404".equals(outcome(onB)) || !onB.body().contains("unknown-assessment")) {
        wrong.add(route + " on B: " + onB.statusCode() + " " + onB.body());
      }
      if ("403".equals(matrix.get(route))) {
        // Not a route for delegates at all: refused whatever the object.
        if (onX.statusCode() != 403 || onY.statusCode() != 403) {
          wrong.add(
              route
                  + ": expected 403 on X and Y, got "
                  + onX.statusCode()
                  + "/"
                  + onY.statusCode());
        }
        continue;
      }
      boolean read = route.startsWith("GET ");
      if (read ? onX.statusCode() != 200 : !"ok".equals(outcome(onX))) {
        wrong.add(route + " on X: " + onX.statusCode() + " " + onX.body());
      }
      HttpResponse<String> onNothing = call(route, world.a, Map.of(var, "nope"));
      String masked = onY.body().replace(y.get(var), "nope");
      if (onY.statusCode() != 404
          || !masked.equals(onNothing.body())
          || !Http.contentType(onY).equals(Http.contentType(onNothing))) {
        wrong.add(
            route
                + " on Y: "
                + onY.statusCode()
                + " "
                + onY.body()
                + " but for an unknown "
                + var
                + ": "
                + onNothing.statusCode()
                + " "
                + onNothing.body());
      }
    }
    assertTrue(walked.size() >= 10, "per-object routes walked: " + walked);
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
  }

  @Test
  void listsAndSummariesNameNothingOfOtherSets() throws IOException {
    List<String> lists =
        List.of(
            "",
            "/control-sets",
            "/controls",
            "/changelog",
            "/tasks",
            "/runs",
            "/runs/" + runId,
            "/evidence",
            "/evidence?controlId=" + OTHER_CONTROL,
            "/evidence/folders",
            "/delegations");
    StringBuilder ownerSaw = new StringBuilder();
    for (String list : lists) {
      HttpResponse<String> mine = carol.get(base + list);
      assertEquals(200, mine.statusCode(), list + ": " + mine.body());
      for (String marker : yMarkers) {
        assertFalse(mine.body().contains(marker), list + " shows " + marker + ": " + mine.body());
      }
      ownerSaw.append(alice.get(base + list).body());
    }
    for (String marker : yMarkers) {
      assertTrue(ownerSaw.toString().contains(marker), "the owner's lists show " + marker);
    }

    JsonNode summary = json(carol.get(base));
    assertEquals(xControls.size(), summary.get("controls").asInt(), summary.toString());
    for (JsonNode domain : summary.path("domains")) {
      assertEquals(DELEGATED_SET, domain.get("domain").asText(), summary.toString());
    }
    assertEquals(
        Set.of(DELEGATED_SET),
        ids(json(carol.get(base + "/control-sets")).get("controlSets"), "controlSetId"));
    assertEquals(xControls, ids(json(carol.get(base + "/controls")).get("controls"), "controlId"));
    JsonNode run = json(carol.get(base + "/runs/" + runId));
    assertTrue(xControls.containsAll(ids(run.get("controls"), "controlId")), run.toString());
    assertFalse(run.get("controls").isEmpty(), "the run decided the delegated controls");
    assertTrue(xControls.containsAll(ids(run.path("tasks"), "controlId")), run.toString());
    for (JsonNode finding : run.path("findings")) {
      for (JsonNode control : finding.get("controlIds")) {
        assertTrue(xControls.contains(control.asText()), finding.toString());
      }
    }
    String evidence = carol.get(base + "/evidence").body();
    assertTrue(evidence.contains(x.get("evidenceId")), evidence);
    assertTrue(carol.get(base + "/changelog").body().contains("for carol"));

    // A control filter naming another set's control answers as for one that does not exist.
    HttpResponse<String> other = carol.get(base + "/changelog?controlId=" + OTHER_CONTROL);
    HttpResponse<String> none = carol.get(base + "/changelog?controlId=nope");
    assertEquals(404, other.statusCode(), other.body());
    assertEquals(none.body(), other.body().replace(OTHER_CONTROL, "nope"));
  }

  @Test
  void everyPathVariableOfARouteOpenToDelegatesIsCheckedOrNarrowed() {
    // {controlId} and {delegationId}: AccessDecider; {evidenceId}: ReadScope.requireEvidence;
    // {runId}: ReadScope.run. A new variable on a delegate route must be added to one of them.
    Set<String> handled = Set.of("id", "controlId", "delegationId", "evidenceId", "runId");
    Pattern variable = Pattern.compile("\\{([^}]+)}");
    List<String> unchecked = new ArrayList<>();
    AccessPolicy.table()
        .forEach(
            (route, rule) -> {
              if (rule.delegate() == AccessRule.DelegateScope.NONE) {
                return;
              }
              Matcher m = variable.matcher(route);
              while (m.find()) {
                if (!handled.contains(m.group(1))) {
                  unchecked.add(route);
                }
              }
            });
    assertEquals(List.of(), unchecked);
  }

  private static Set<String> ids(JsonNode array, String field) {
    Set<String> ids = new TreeSet<>();
    array.forEach(n -> ids.add(n.get(field).asText()));
    return ids;
  }

  /** ok, or the status of a refusal (401, 403, or a 404 hiding some object). */
  private static String outcome(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      return String.valueOf(status);
    }
    return status == 404 && response.body().contains("urn:assay:problem:unknown-") ? "404" : "ok";
  }

  private HttpResponse<String> call(String route, String assessment, Map<String, String> objects) {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1).replace("{id}", assessment);
    for (Map.Entry<String, String> o : objects.entrySet()) {
      path = path.replace("{" + o.getKey() + "}", o.getValue());
    }
    HttpRequest.Builder request = carol.request(path);
    HttpRequest built =
        method.equals("GET")
            ? request.GET().build()
            : request
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString("{not json"))
                .build();
    return carol.send(built);
  }

  private Map<String, String> delegateColumn() throws IOException {
    List<String> header = null;
    Map<String, String> column = new java.util.HashMap<>();
    for (String line : Files.readAllLines(MATRIX)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      List<String> cells = List.of(line.split("\t"));
      if (header == null) {
        header = cells;
      } else {
        column.put(cells.get(0), cells.get(header.indexOf("delegate")));
      }
    }
    return column;
  }

  private TreeSet<String> routes() {
    return router
        .uriRoutes()
        .filter(r -> !r.getHttpMethodName().equals("HEAD"))
        .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
