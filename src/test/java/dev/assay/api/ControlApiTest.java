package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.evaluation.AssayEngine;
import dev.assay.framework.ControlSearchResult;
import dev.assay.framework.LibraryType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/controls}: the control library search, over HTTP. */
@MicronautTest
class ControlApiTest {

  @Inject EmbeddedServer server;
  @Inject AssayEngine engine;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @Test
  void searchesNamesKeywordsAndDescriptionsInAnyCase() throws IOException {
    JsonNode doc = getJson("/api/v1/controls?q=Guardrails");
    assertTrue(doc.get("count").asInt() > 0, doc.toString());
    assertEquals("Guardrails", doc.get("query").asText());
    for (JsonNode control : doc.get("controls")) {
      assertTrue(control.toString().toLowerCase().contains("guardrail"), control.toString());
    }
    JsonNode first = doc.get("controls").get(0);
    for (String field :
        new String[] {
          "id", "name", "type", "frameworks", "domain", "rules", "dataSources", "description"
        }) {
      assertTrue(first.has(field), field + " in " + first);
    }
  }

  @Test
  void theBodyIsWhatTheCliPrints() throws IOException {
    HttpResponse<String> response = http.get("/api/v1/controls?q=notebook&type=standard");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", Http.contentType(response));
    String expected =
        ControlSearchResult.of(
                engine.frameworks().library(), "notebook", LibraryType.STANDARD, null)
            .toJson();
    assertEquals(expected, response.body());
  }

  @Test
  void filtersByTypeAndFramework() throws IOException {
    JsonNode common = getJson("/api/v1/controls?type=COMMON");
    assertTrue(common.get("count").asInt() >= 8, common.toString());
    common.get("controls").forEach(c -> assertEquals("COMMON", c.get("type").asText()));

    JsonNode custom = getJson("/api/v1/controls?type=custom&framework=genai-starter-bedrock-only");
    custom
        .get("controls")
        .forEach(
            c -> {
              assertEquals("CUSTOM", c.get("type").asText());
              assertEquals("genai-starter-bedrock-only", c.get("definedIn").asText());
            });
    assertTrue(custom.toString().contains("BEDROCK-SEC-01"), custom.toString());
  }

  @Test
  void aBadTypeIsA400Problem() throws IOException {
    HttpResponse<String> response = http.get("/api/v1/controls?q=x&type=core");
    assertEquals(400, response.statusCode());
    assertEquals("application/problem+json", Http.contentType(response));
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("urn:assay:problem:invalid-query", problem.get("type").asText());
    assertEquals(
        "type core is not one of standard, custom, common", problem.get("detail").asText());
    assertEquals(400, problem.get("status").asInt());
  }

  @Test
  void anUnknownFrameworkIsA404Problem() throws IOException {
    HttpResponse<String> response = http.get("/api/v1/controls?framework=nope");
    assertEquals(404, response.statusCode());
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("urn:assay:problem:unknown-framework", problem.get("type").asText());
  }

  @Test
  void aCustomFrameworkRecordsItsBase() throws IOException {
    JsonNode framework = getJson("/api/v1/frameworks/genai-starter-bedrock-only");
    JsonNode starter = getJson("/api/v1/frameworks/genai-starter");
    assertEquals("CUSTOM", framework.get("type").asText());
    assertEquals("genai-starter", framework.get("extendsId").asText());
    assertEquals(
        engine.frameworks().find("genai-starter").orElseThrow().resolvedHash(),
        framework.get("baseContentHash").asText());
    assertEquals("STANDARD", starter.get("type").asText());
    assertTrue(starter.get("extendsId").isNull(), starter.get("extendsId").toString());
  }

  private JsonNode getJson(String path) throws IOException {
    HttpResponse<String> response = http.get(path);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}
