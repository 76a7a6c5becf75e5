package dev.assay.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes the HTTP API sends are the text the CLI prints, encoded as UTF-8. */
class PrettyJsonTest {

  record Finding(String reason, List<String> controls, Map<String, Object> extra) {}

  @Test
  void bytesAreTheTextInUtf8() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("empty", List.of());
    extra.put("nested", Map.of("n", 1.5));
    Finding finding =
        new Finding(
            "Bucket \"räksmörgås\" \u2013 tab\there, newline\nthere, emoji \uD83D\uDE00 and \u0001",
            List.of("a", "b"),
            extra);
    String text = PrettyJson.write(finding);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), PrettyJson.writeBytes(finding));
    assertEquals('\n', text.charAt(text.length() - 1));
  }

  @Test
  void aSmallDocumentAfterALargeOneOnTheSameThreadKeepsNothingOfIt() {
    // The buffer is reused per thread: a shorter document must not carry the longer one's tail.
    Finding large = new Finding("x".repeat(200_000), List.of("a"), Map.of());
    Finding small = new Finding("short", List.of(), Map.of());
    assertArrayEquals(
        PrettyJson.write(large).getBytes(StandardCharsets.UTF_8), PrettyJson.writeBytes(large));
    byte[] smallBytes = PrettyJson.writeBytes(small);
    assertArrayEquals(PrettyJson.write(small).getBytes(StandardCharsets.UTF_8), smallBytes);
    // A huge document (beyond what a thread keeps) is still written whole.
    Finding huge = new Finding("y".repeat(5_000_000), List.of(), Map.of());
    assertEquals(PrettyJson.write(huge).length(), PrettyJson.writeBytes(huge).length);
    assertArrayEquals(smallBytes, PrettyJson.writeBytes(small));
  }

  @Test
  void indentationIsJacksonsTwoSpacesPerLevelAtEveryDepth() throws Exception {
    // The prepared indent runs must write what DefaultIndenter("  ", "\n") wrote, also past the
    // depths kept ready.
    Object nested = List.of();
    for (int depth = 0; depth < 80; depth++) {
      nested = depth % 2 == 0 ? Map.of("k" + depth, nested) : List.of(depth, nested);
    }
    var indenter = new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
    var reference =
        new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(
                com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(
                        com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    String expected =
        new com.fasterxml.jackson.databind.ObjectMapper()
                .writer(reference)
                .writeValueAsString(nested)
            + "\n";
    assertEquals(expected, PrettyJson.write(nested));
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), PrettyJson.writeBytes(nested));
  }
}
