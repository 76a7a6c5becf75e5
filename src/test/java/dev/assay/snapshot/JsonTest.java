package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Null-tolerant reads of AWS response fields, timestamps in both of the forms AWS tools write. */
class JsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void timestampsAreIsoOrEpochSeconds() throws Exception {
    JsonNode node =
        JSON.readTree(
            """
            {"offset": "2026-11-01T10:00:00+00:00", "zulu": "2026-11-01T10:00:00Z",
             "cet": "2026-11-01T11:00:00+01:00", "fraction": "2026-11-01T10:00:00.250Z",
             "epoch": 1793527200, "epochFraction": 1793527200.25, "epochText": "1793527200",
             "garbage": "last tuesday", "nothing": null}
            """);
    Instant expected = Instant.parse("2026-11-01T10:00:00Z");

    assertEquals(expected, Json.instant(node, "offset"));
    assertEquals(expected, Json.instant(node, "zulu"));
    assertEquals(expected, Json.instant(node, "cet"));
    assertEquals(expected.plusMillis(250), Json.instant(node, "fraction"));
    assertEquals(expected, Json.instant(node, "epoch"));
    assertEquals(expected.plusMillis(250), Json.instant(node, "epochFraction"));
    assertEquals(expected, Json.instant(node, "epochText"));
    assertNull(Json.instant(node, "garbage"));
    assertNull(Json.instant(node, "nothing"));
    assertNull(Json.instant(node, "absent"));
    assertNull(Json.instant(null, "absent"));
  }

  @Test
  void absentNullAndEmptyTextAllMeanUnset() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"a\": \"x\", \"empty\": \"\", \"nil\": null, \"n\": 3, \"o\": {\"k\": 1}}");

    assertEquals("x", Json.text(node, "a"));
    assertNull(Json.text(node, "empty"));
    assertNull(Json.text(node, "nil"));
    assertNull(Json.text(node, "absent"));
    assertEquals("3", Json.text(node, "n"));
    assertEquals("{\"k\":1}", Json.text(node, "o"));
    assertEquals("fallback", Json.text(node, "empty", "fallback"));
    assertEquals("x", Json.text(node, "a", "fallback"));
  }

  @Test
  void booleansIntegersAndArrays() throws Exception {
    JsonNode node =
        JSON.readTree(
            "{\"t\": true, \"ts\": \"TRUE\", \"f\": \"no\", \"i\": 2, \"is\": \" 3 \", \"bad\": \"x\","
                + " \"list\": [1, 2], \"notList\": {}}");

    assertTrue(Json.bool(node, "t"));
    assertTrue(Json.bool(node, "ts"));
    assertFalse(Json.bool(node, "f"));
    assertNull(Json.bool(node, "absent"));
    assertEquals(2, Json.integer(node, "i"));
    assertEquals(3, Json.integer(node, "is"));
    assertNull(Json.integer(node, "bad"));
    assertNull(Json.integer(node, "list"));
    assertEquals(2, Json.array(node, "list").size());
    assertEquals(0, Json.array(node, "notList").size());
    assertEquals(0, Json.array(null, "list").size());
  }
}
