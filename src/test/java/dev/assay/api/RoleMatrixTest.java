package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.security.AccessPolicy;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every route the server has (from Micronaut's Router, so a new endpoint is noticed) with
 * every kind of caller and compares who got through with {@code security/role-matrix.tsv}. Bodies
 * are deliberately malformed, so a request the access check lets through is refused by the endpoint
 * itself (400/415/422) and changes nothing.
 */
@MicronautTest
@Property(name = "assay.security.jwt.hmac-secret", value = Tokens.SECRET)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

  private static final Path TABLE = Path.of("src/test/resources/security/role-matrix.tsv");

  @Inject EmbeddedServer server;
  @Inject Router router;

  private SecurityWorld world;
  private List<String> callers;
  private Map<String, List<String>> expected;

  @BeforeAll
  void setUp() throws IOException {
    world = new SecurityWorld(server.getURI());
    expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(TABLE)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      List<String> cells = List.of(line.split("\t"));
      if (cells.get(0).equals("route")) {
        callers = cells.subList(1, cells.size());
      } else {
        expected.put(cells.get(0), cells.subList(1, cells.size()));
      }
    }
  }

  @Test
  void everyRouteOfTheServerIsInTheTableAndInThePolicy() {
    TreeSet<String> routes = routes();
    for (String head : heads()) {
      assertTrue(routes.contains("GET " + head), "HEAD " + head + " without GET");
    }
    TreeSet<String> missing = new TreeSet<>(routes);
    missing.removeAll(expected.keySet());
    TreeSet<String> stale = new TreeSet<>(expected.keySet());
    stale.removeAll(routes);
    assertTrue(
        missing.isEmpty() && stale.isEmpty(),
        "routes not in role-matrix.tsv (map them in AccessPolicy, then add a row): "
            + missing
            + "; rows for routes that do not exist: "
            + stale);
    List<String> unmapped =
        routes.stream()
            .filter(r -> !AccessPolicy.mapped(r.split(" ")[0], r.split(" ")[1]))
            .toList();
    assertEquals(List.of(), unmapped, "routes that fall to the admin-only default");
    TreeSet<String> policyOnly = new TreeSet<>(AccessPolicy.table().keySet());
    policyOnly.removeAll(routes);
    assertEquals(new TreeSet<>(), policyOnly, "AccessPolicy rows for routes that do not exist");
  }

  @Test
  void everyCallerGetsWhatTheTableSaysOnEveryRoute() {
    List<String> wrong = new ArrayList<>();
    for (String route : routes()) {
      List<String> outcomes = expected.get(route);
      if (outcomes == null) {
        continue; // reported by the test above
      }
      for (int i = 0; i < callers.size(); i++) {
        String caller = callers.get(i);
        HttpResponse<String> response = call(world.callers.get(caller), route, world.a);
        String got = outcome(response);
        if (!got.equals(outcomes.get(i))) {
          wrong.add(
              route
                  + " as "
                  + caller
                  + ": expected "
                  + outcomes.get(i)
                  + ", got "
                  + got
                  + " "
                  + response.statusCode()
                  + " "
                  + response.body());
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
  }

  @Test
  void headAnswersEveryCallerAsGetDoes() {
    List<String> wrong = new ArrayList<>();
    for (String template : heads()) {
      for (String caller : callers) {
        int get = call(world.callers.get(caller), "GET " + template, world.a).statusCode();
        int head = call(world.callers.get(caller), "HEAD " + template, world.a).statusCode();
        if (get != head) {
          wrong.add(template + " as " + caller + ": GET " + get + ", HEAD " + head);
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theOwnerAndTheDelegateOfANeverSeeB() {
    List<String> wrong = new ArrayList<>();
    for (String route : routes()) {
      if (!route.contains("/api/v1/assessments/{id}") || route.startsWith("HEAD ")) {
        continue;
      }
      for (String caller : List.of("owner", "delegate")) {
        HttpResponse<String> response = call(world.callers.get(caller), route, world.b);
        if (!outcome(response).equals("404")) {
          wrong.add(route + " on B as " + caller + ": " + response.statusCode());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    for (String caller : List.of("owner", "delegate")) {
      JsonNode list = SecurityWorld.json(world.callers.get(caller).get("/api/v1/assessments"));
      List<String> ids = new ArrayList<>();
      list.get("assessments").forEach(a -> ids.add(a.get("id").asText()));
      assertEquals(List.of(world.a), ids, caller + " lists only A");
    }
    JsonNode all = SecurityWorld.json(world.callers.get("reader").get("/api/v1/assessments"));
    assertTrue(all.get("assessments").size() >= 2, all.toString());
  }

  /** ok, or the status of a refusal by the access check. */
  private static String outcome(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      return String.valueOf(status);
    }
    if (status == 404 && response.body().contains("urn:assay:problem:unknown-assessment")) {
      return "404";
    }
    return "ok";
  }

  private HttpResponse<String> call(Http http, String route, String assessment) {
    String method = route.substring(0, route.indexOf(' '));
    String template = route.substring(route.indexOf(' ') + 1);
    String path =
        template
            .replace("/api/v1/assessments/{id}", "/api/v1/assessments/" + assessment)
            .replace("/api/v1/frameworks/{id}", "/api/v1/frameworks/genai-starter")
            .replace("{controlId}", SecurityWorld.DELEGATED_CONTROL)
            .replace("{controlSetId}", SecurityWorld.DELEGATED_SET)
            .replace("{delegationId}", world.delegation)
            .replace("{selector}", "liveness")
            .replace("{id}", "nope")
            .replaceAll("\\{[^}]+}", "nope");
    HttpRequest.Builder request = http.request(path);
    HttpRequest built =
        switch (method) {
          case "GET" -> request.GET().build();
          case "DELETE" -> request.DELETE().build();
          case "HEAD" -> request.method("HEAD", BodyPublishers.noBody()).build();
          default ->
              request
                  .header("Content-Type", "application/json")
                  .method(method, BodyPublishers.ofString("{not json"))
                  .build();
        };
    return http.send(built);
  }

  /** Every route but HEAD ones, as {@code METHOD template}. */
  private TreeSet<String> routes() {
    return router
        .uriRoutes()
        .filter(r -> !r.getHttpMethodName().equals("HEAD"))
        .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The templates of the HEAD routes. */
  private TreeSet<String> heads() {
    return router
        .uriRoutes()
        .filter(r -> r.getHttpMethodName().equals("HEAD"))
        .map(r -> r.getUriMatchTemplate().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
