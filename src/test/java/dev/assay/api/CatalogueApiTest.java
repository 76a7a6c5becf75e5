package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.evaluation.AssayEngine;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only endpoints: rules, frameworks and health. */
@MicronautTest
class CatalogueApiTest {

  private static final List<String> RULE_FIELDS =
      List.of(
          "id",
          "domain",
          "file",
          "line",
          "severity",
          "resourceType",
          "title",
          "risk",
          "remediation",
          "references",
          "notes");

  @Inject EmbeddedServer server;
  @Inject AssayEngine engine;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @Test
  void rulesCarryVersionFilesAndMetadata() throws IOException {
    JsonNode doc = getJson("/api/v1/rules");
    assertEquals(engine.ruleBase().version(), doc.get("version").asText());
    assertTrue(doc.get("version").asText().startsWith("sha256:"));
    assertTrue(doc.get("files").has("secure.drl"), doc.get("files").toString());
    assertTrue(doc.get("files").get("secure.drl").asText().matches("[0-9a-f]{64}"));
    assertEquals(engine.ruleBase().rules().size(), doc.get("rules").size());

    JsonNode rule =
        byId(
            doc.get("rules"),
            "sagemaker_notebook_instance_without_direct_internet_access_configured");
    List<String> fields = JSON.convertValue(rule, java.util.Map.class).keySet().stream().toList();
    assertEquals(RULE_FIELDS, fields);
    assertEquals("secure", rule.get("domain").asText());
    assertEquals("secure.drl", rule.get("file").asText());
    assertTrue(rule.get("line").asInt() > 0);
    assertTrue(
        List.of("critical", "high", "medium", "low", "informational")
            .contains(rule.get("severity").asText()));
    assertEquals("NotebookInstance", rule.get("resourceType").asText());
    assertFalse(rule.get("title").asText().isBlank());
    assertTrue(rule.get("references").isArray());
  }

  @Test
  void frameworksAreListedWithCountsAndTheDefault() throws IOException {
    JsonNode doc = getJson("/api/v1/frameworks");
    JsonNode standard = byId(doc.get("frameworks"), "genai-best-practices-v2");
    var framework = engine.frameworks().find("genai-best-practices-v2").orElseThrow();
    assertEquals(framework.name(), standard.get("name").asText());
    assertEquals(framework.version(), standard.get("version").asText());
    assertEquals(framework.controlSets().size(), standard.get("controlSetCount").asInt());
    assertEquals(framework.controls().count(), standard.get("controlCount").asLong());
    assertTrue(standard.get("defaultFramework").asBoolean());
    assertTrue(standard.has("description"));
    // The starter framework still ships, as an option.
    assertFalse(byId(doc.get("frameworks"), "genai-starter").get("defaultFramework").asBoolean());
  }

  @Test
  void aFrameworkComesWhole() throws IOException {
    JsonNode doc = getJson("/api/v1/frameworks/genai-starter");
    assertEquals("genai-starter", doc.get("id").asText());
    JsonNode secure = byId(doc.get("controlSets"), "secure");
    JsonNode control = byId(secure.get("controls"), "STARTER-SEC-01");
    assertTrue(
        StreamSupport.stream(control.get("rules").spliterator(), false)
            .anyMatch(
                r ->
                    r.asText()
                        .equals(
                            "sagemaker_notebook_instance_without_direct_internet_access_configured")),
        control.toString());
    // Every control has the same fields, empty or not, so clients need not guess.
    for (JsonNode set : doc.get("controlSets")) {
      for (JsonNode each : set.get("controls")) {
        assertTrue(
            each.has("rules") && each.has("evidence") && each.has("actionPlan"), each.toString());
      }
    }
  }

  @Test
  void anUnknownFrameworkIsA404Problem() throws IOException {
    HttpResponse<String> response = http.get("/api/v1/frameworks/no-such-framework");
    assertEquals(404, response.statusCode());
    assertEquals("application/problem+json", Http.contentType(response));
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("urn:assay:problem:unknown-framework", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().contains("no-such-framework"), response.body());
  }

  @Test
  void healthIsUpWithoutAuthentication() throws IOException {
    HttpResponse<String> response = http.get("/health");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{\"status\":\"UP\"}", response.body());
  }

  private JsonNode getJson(String path) throws IOException {
    HttpResponse<String> response = http.get(path);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", Http.contentType(response));
    return JSON.readTree(response.body());
  }

  private static JsonNode byId(JsonNode array, String id) {
    return StreamSupport.stream(array.spliterator(), false)
        .filter(node -> node.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + array));
  }
}
