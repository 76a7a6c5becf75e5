package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objects parsed into a {@link FieldMap} answer as Jackson's own {@code LinkedHashMap} ones do. */
class FieldMapTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper SNAPSHOT =
      new ObjectMapper().setNodeFactory(SnapshotNodes.INSTANCE);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"b\": 1, \"a\": [1, 2.5, \"x\", null, true], \"c\": {\"d\": {}}}",
        "{\"a\": 1, \"b\": 2, \"a\": 3}",
        "{\"n\": 12345678901234567890, \"f\": 1e400, \"g\": -0.0, \"h\": 1.10}",
        "{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,"
            + "\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k1\":\"again\",\"k14\":14}"
      })
  void parsesToTheSameTree(String json) throws Exception {
    JsonNode plain = PLAIN.readTree(json);
    JsonNode snapshot = SNAPSHOT.readTree(json);

    assertEquals(plain.toString(), snapshot.toString());
    assertEquals(plain, snapshot);
    assertEquals(snapshot, plain);
    assertEquals(plain.hashCode(), snapshot.hashCode());
    assertEquals(names(plain), names(snapshot));
    for (String name : names(plain)) {
      assertEquals(plain.get(name), snapshot.get(name));
    }
    assertNull(snapshot.get("absent"));
  }

  @Test
  void keepsOrderThroughReplacingAndRemoving() {
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    Map<String, JsonNode> fields = new FieldMap();
    for (int i = 0; i < 30; i++) {
      String key = "f" + (i * 7 % 13);
      expected.put(key, IntNode.valueOf(i));
      fields.put(key, IntNode.valueOf(i));
    }
    expected.remove("f3");
    fields.remove("f3");
    expected.put("late", IntNode.valueOf(99));
    fields.put("late", IntNode.valueOf(99));
    Iterator<Map.Entry<String, JsonNode>> it = fields.entrySet().iterator();
    Iterator<Map.Entry<String, JsonNode>> itExpected = expected.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      itExpected.next();
      if (e.getKey().equals("f5") || e.getKey().equals("late")) {
        it.remove();
        itExpected.remove();
      }
    }
    fields.keySet().removeAll(List.of("f0", "f9"));
    expected.keySet().removeAll(List.of("f0", "f9"));

    assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(fields.entrySet()));
    assertEquals(expected, fields);
    assertEquals(expected.hashCode(), fields.hashCode());
    assertNull(fields.get("f3"));
    assertEquals(expected.get("f12"), fields.get("f12"));
  }

  @Test
  void objectsBuiltOnParsedNodesStayInOrder() throws Exception {
    ObjectNode node = (ObjectNode) SNAPSHOT.readTree("{\"z\": 1, \"y\": 2}");
    node.put("a", 3);
    node.remove("z");
    node.put("y", 4);

    assertEquals("{\"y\":4,\"a\":3}", node.toString());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
