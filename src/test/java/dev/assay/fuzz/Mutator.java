package dev.assay.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Malformed variants of a good input: byte-level (truncated, bytes flipped, inserted or dropped,
 * invalid UTF-8), structure-level for JSON (a value of the wrong type, null, a huge string, a huge
 * or deeply nested value, duplicate keys, odd numbers) and text-level for YAML and DRL (lines
 * dropped, duplicated or swapped, hostile snippets inserted).
 */
public final class Mutator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xc3, 0x28},
    {(byte) 0xff},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xc0, (byte) 0xaf},
    {0}
  };

  private final Random random;

  public Mutator(Random random) {
    this.random = random;
  }

  public Random random() {
    return random;
  }

  /** One byte-level mutation. */
  public byte[] bytes(byte[] good) {
    byte[] in = good.length == 0 ? new byte[] {'{'} : good;
    int at = random.nextInt(in.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
    switch (random.nextInt(6)) {
      case 0 -> out.write(in, 0, at); // truncated
      case 1 -> {
        byte[] copy = in.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
      }
      case 2 -> {
        out.write(in, 0, at);
        out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
        out.write(in, at, in.length - at);
      }
      case 3 -> {
        out.write(in, 0, at);
        int drop = Math.min(in.length - at, 1 + random.nextInt(16));
        out.write(in, at + drop, in.length - at - drop);
      }
      case 4 -> {
        out.write(in, 0, at);
        byte[] junk = new byte[1 + random.nextInt(8)];
        random.nextBytes(junk);
        out.writeBytes(junk);
        out.write(in, at, in.length - at);
      }
      default -> {
        byte[] doubled = new byte[in.length * 2];
        System.arraycopy(in, 0, doubled, 0, in.length);
        System.arraycopy(in, 0, doubled, in.length, in.length);
        return doubled;
      }
    }
    return out.toByteArray();
  }

  /** A JSON variant: half byte-level, half structure-level on a parsed copy. */
  public byte[] json(JsonNode good) {
    if (random.nextInt(3) == 0) {
      return bytes(good.toString().getBytes(StandardCharsets.UTF_8));
    }
    JsonNode copy = good.deepCopy();
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      copy = replaceRandom(copy);
    }
    String text = copy.toString();
    if (random.nextInt(10) == 0) {
      text = duplicateAKey(text);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A value no request expects there. */
  public JsonNode hostileValue() {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.numberNode(random.nextDouble() * 1e300);
      case 3 -> NODES.booleanNode(random.nextBoolean());
      case 4 -> NODES.textNode("x".repeat(random.nextInt(200_000)));
      case 5 -> NODES.textNode("\u0000\ud800\uffff\u202e<script>../../etc/passwd");
      case 6 -> deep(1 + random.nextInt(300));
      case 7 -> {
        ArrayNode many = NODES.arrayNode();
        int n = random.nextInt(5000);
        for (int i = 0; i < n; i++) {
          many.add(i);
        }
        yield many;
      }
      case 8 -> NODES.objectNode();
      case 9 -> NODES.arrayNode();
      case 10 -> NODES.textNode("");
      default -> NODES.textNode(String.valueOf(random.nextInt()));
    };
  }

  private static JsonNode deep(int depth) {
    JsonNode node = NODES.arrayNode();
    for (int i = 0; i < depth; i++) {
      node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
    }
    return node;
  }

  private JsonNode replaceRandom(JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty() || random.nextInt(20) == 0) {
      return hostileValue();
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(4)) {
        case 0 -> object.remove(name);
        case 1 -> object.set(name + "_x", hostileValue());
        default -> object.set(name, hostileValue());
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      int i = random.nextInt(array.size());
      if (random.nextBoolean()) {
        array.set(i, hostileValue());
      } else {
        array.remove(i);
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), into);
      }
    }
  }

  private String duplicateAKey(String text) {
    int colon = text.indexOf("\":");
    if (colon < 0) {
      return text;
    }
    int start = text.lastIndexOf('"', colon - 1);
    String key = text.substring(start, colon + 2);
    return text.substring(0, start) + key + "1," + text.substring(start);
  }

  /** Snippets that YAML loaders have been attacked with, and plain YAML mistakes. */
  static final List<String> YAML_SNIPPETS =
      List.of(
          "x: !!java.net.URL [\"http://127.0.0.1/\"]",
          "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]",
          "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]",
          "x: !Local {}",
          "x: " + "[".repeat(500) + "]".repeat(500),
          "x: " + "{a: ".repeat(300) + "1" + "}".repeat(300),
          "\tx: tab",
          "x: [unclosed",
          "x: \"unterminated",
          "? complex key\n: value",
          "x: 0x1F\ny: .inf\nz: ~",
          "%YAML 9.9\n---",
          "--- \n...\n---",
          "x: *undefined",
          "x: |\n  block\n bad indent");

  /** Snippets that rules must not contain, and plain DRL mistakes. */
  static final List<String> DRL_SNIPPETS =
      List.of(
          "import java.io.File;",
          "import java.net.*;",
          "function void boom() { System.exit(1); }",
          "function String r() { return new String(java.nio.file.Files.readAllBytes(null)); }",
          "rule \"x\" when then Runtime.getRuntime().exec(\"id\"); end",
          "rule \"y\" when then new Thread(() -> {}).start(); end",
          "rule \"z\" when then Class.forName(\"x\").getDeclaredMethods(); end",
          "rule \"u\" when $n : NotebookInstance() then $n.getClass().getClassLoader(); end",
          "rule \"v\" when eval( true ) then insert(null); end",
          "rule \"w\" when then end",
          "rule",
          "end end end",
          "query \"q\" end",
          "declare Foo end",
          "/* unterminated comment",
          "\"unterminated string",
          "package other.pkg;",
          "dialect \"mvel\"",
          "rule \"sagemaker_notebook_instance_root_access_disabled\" when then end");

  /** A text variant: lines dropped, duplicated or swapped, a snippet inserted, or bytes broken. */
  public String text(String good, List<String> snippets) {
    List<String> lines = new ArrayList<>(List.of(good.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(6)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
        case 2 ->
            lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
        case 3 -> lines.add(at, snippets.get(random.nextInt(snippets.size())));
        case 4 -> lines.set(at, "  " + lines.get(at));
        default -> {
          int other = random.nextInt(lines.size());
          String swap = lines.get(at);
          lines.set(at, lines.get(other));
          lines.set(other, swap);
        }
      }
    }
    String out = String.join("\n", lines);
    if (random.nextInt(8) == 0) {
      return new String(bytes(out.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
    return out;
  }

  public String yaml(String good) {
    return text(good, YAML_SNIPPETS);
  }

  public String drl(String good) {
    return text(good, DRL_SNIPPETS);
  }

  /** Parses JSON for a test's seed input. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
