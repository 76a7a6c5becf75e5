package dev.assay.api;

import static dev.assay.api.SecurityWorld.DELEGATE;
import static dev.assay.api.SecurityWorld.DELEGATED_CONTROL;
import static dev.assay.api.SecurityWorld.OTHER_CONTROL;
import static dev.assay.api.SecurityWorld.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Delegation of a control set (issue 5) over HTTP, with the callers of {@link SecurityWorld}: the
 * delegate comments and uploads on the delegated set only, submits it back, loses write access, and
 * the owner completes it; every step is in the change log under the caller's own name.
 */
@MicronautTest
@Property(name = "assay.security.jwt.hmac-secret", value = Tokens.SECRET)
class DelegationApiTest {

  @Inject EmbeddedServer server;

  @Test
  void delegateWorksOnTheSetSubmitsItAndTheOwnerCompletesIt() throws Exception {
    SecurityWorld world = new SecurityWorld(server.getURI());
    Http carol = world.callers.get("delegate");
    Http alice = world.callers.get("owner");
    String a = "/api/v1/assessments/" + world.a;

    JsonNode sets = json(carol.get(a + "/control-sets")).get("controlSets");
    assertTrue(sets.toString().contains("{\"controlSetId\":\"privacy\",\"name\""), sets.toString());
    assertTrue(sets.toString().contains("\"UNDER_REVIEW\""), "a delegated set is under review");

    // The X-Assay-User header cannot put another name into the change log.
    HttpResponse<String> comment =
        carol.send(
            carol
                .request(a + "/controls/" + DELEGATED_CONTROL + "/comments")
                .header("Content-Type", "application/json")
                .header("X-Assay-User", "alice@example.com")
                .POST(BodyPublishers.ofString("{\"body\": \"DP-7 attached\"}"))
                .build());
    assertEquals(201, comment.statusCode(), comment.body());
    assertEquals(DELEGATE, json(comment).get("author").asText());
    HttpResponse<String> text =
        carol.postJson(
            a + "/controls/" + DELEGATED_CONTROL + "/evidence", "{\"text\": \"Procedure DP-7\"}");
    assertEquals(201, text.statusCode(), text.body());
    // Another set's control is not there for the delegate: the answer for an unknown control.
    AssessmentApiContract.assertProblem(
        carol.postJson(a + "/controls/" + OTHER_CONTROL + "/comments", "{\"body\": \"x\"}"),
        404,
        "urn:assay:problem:unknown-control");
    assertEquals(
        403, alice.postJson(a + "/delegations/" + world.delegation + "/submit", "{}").statusCode());

    HttpResponse<String> submitted =
        carol.postJson(
            a + "/delegations/" + world.delegation + "/submit", "{\"comment\": \"done\"}");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("UNDER_REVIEW", json(submitted).get("status").asText());
    assertEquals(
        403,
        carol
            .postJson(a + "/controls/" + DELEGATED_CONTROL + "/comments", "{\"body\": \"late\"}")
            .statusCode(),
        "no more changes once submitted");
    assertEquals(
        200,
        carol.get(a + "/controls/" + DELEGATED_CONTROL).statusCode(),
        "a submitted set stays readable to its delegate until the owner completes it");
    AssessmentApiContract.assertProblem(
        carol.postJson(a + "/delegations/" + world.delegation + "/submit", "{}"),
        409,
        "urn:assay:problem:delegation-under-review");

    HttpResponse<String> completed =
        alice.postJson(
            a + "/delegations/" + world.delegation + "/complete", "{\"comment\": \"thanks\"}");
    assertEquals(200, completed.statusCode(), completed.body());
    assertEquals("COMPLETE", json(completed).get("status").asText());
    assertEquals("alice@example.com", json(completed).get("completedBy").asText());

    // Completion hands the set back: carol, with no other open delegation on A, loses A.
    AssessmentApiContract.assertProblem(
        carol.get(a + "/controls/" + DELEGATED_CONTROL),
        404,
        "urn:assay:problem:unknown-assessment");
    AssessmentApiContract.assertProblem(carol.get(a), 404, "urn:assay:problem:unknown-assessment");
    // (An empty list is left out of the JSON, so the key may be missing.)
    JsonNode listed = json(carol.get("/api/v1/assessments")).path("assessments");
    assertFalse(listed.toString().contains(world.a), "A is not listed: " + listed);

    String log = json(alice.get(a + "/changelog")).get("changeLog").toString();
    for (String action : new String[] {"CREATE", "UNDER_REVIEW", "COMPLETE"}) {
      assertTrue(
          log.contains(
              "\"objectType\":\"DELEGATION\",\"objectId\":\""
                  + world.delegation
                  + "\",\"action\":\""
                  + action
                  + "\""),
          action + " in " + log);
    }
    assertTrue(log.contains("\"createdBy\":\"" + DELEGATE + "\""), log);
  }

  @Test
  void delegationsAreListedToTheirDelegateOnlyAndRefusedWhenInvalid() throws Exception {
    SecurityWorld world = new SecurityWorld(server.getURI());
    String a = "/api/v1/assessments/" + world.a;
    Http alice = world.callers.get("owner");
    HttpResponse<String> other =
        alice.postJson(
            a + "/delegations",
            "{\"controlSetId\": \"secure\", \"delegate\": \"dave@example.com\"}");
    assertEquals(201, other.statusCode(), other.body());
    assertEquals(2, json(alice.get(a + "/delegations")).get("delegations").size());
    JsonNode mine = json(world.callers.get("delegate").get(a + "/delegations")).get("delegations");
    assertEquals(1, mine.size(), mine.toString());
    assertEquals(DELEGATE, mine.get(0).get("delegate").asText());

    AssessmentApiContract.assertProblem(
        alice.postJson(a + "/delegations", "{\"controlSetId\": \"nope\", \"delegate\": \"x\"}"),
        404,
        "urn:assay:problem:unknown-control-set");
    AssessmentApiContract.assertProblem(
        alice.postJson(a + "/delegations", "{\"controlSetId\": \"secure\"}"),
        422,
        "urn:assay:problem:invalid-request");
    AssessmentApiContract.assertProblem(
        alice.postJson(
            a + "/delegations",
            "{\"controlSetId\": \"secure\", \"delegate\": \"dave@example.com\"}"),
        409,
        "urn:assay:problem:delegation-exists");
    AssessmentApiContract.assertProblem(
        alice.postJson(
            a + "/delegations",
            "{\"controlSetId\": \"safe\", \"delegate\": \"x\", \"comment\": \""
                + "c".repeat(351)
                + "\"}"),
        422,
        "urn:assay:problem:invalid-request");

    // An inactive assessment ends the delegate's access, as in Audit Manager.
    HttpResponse<String> inactive =
        alice.send(
            alice
                .request(a + "/status")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"status\": \"INACTIVE\"}"))
                .build());
    assertEquals(200, inactive.statusCode(), inactive.body());
    AssessmentApiContract.assertProblem(
        world.callers.get("delegate").get(a), 404, "urn:assay:problem:unknown-assessment");
    assertEquals(200, alice.get(a).statusCode(), "owners keep reading");
  }
}
