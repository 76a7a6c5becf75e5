package dev.assay.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ManualEvidence;
import dev.assay.json.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads manual evidence given to a stateless evaluation, as a YAML or JSON file ({@code evaluate
 * --manual-evidence FILE}) or inline in an HTTP request:
 *
 * <pre>
 * evidence:
 *   - controlId: GENAI-ACC-02
 *     resourceArn: arn:aws:...      # optional: evidence about one resource
 *     providedAt: 2026-11-01T09:00:00Z
 *     file: rca-2026-q3.pdf         # exactly one of file, text, s3
 *     providedBy: jane@example.com  # optional
 * </pre>
 */
public final class ManualEvidenceReader {

  static final int MAX_TEXT = 1000;
  private static final Set<String> FIELDS =
      Set.of("controlId", "resourceArn", "providedAt", "file", "text", "s3", "providedBy");

  private ManualEvidenceReader() {}

  public static List<ManualEvidence> read(Path file) {
    JsonNode root;
    try {
      root = SafeYaml.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new InvalidManualEvidenceException(
          file + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject() || !root.path("evidence").isArray()) {
      throw new InvalidManualEvidenceException(file + ": expected a top-level \"evidence:\" list");
    }
    return parse(root.get("evidence"), file.toString());
  }

  /** Parses a list of evidence items; {@code where} prefixes every error message. */
  public static List<ManualEvidence> parse(JsonNode items, String where) {
    if (items == null || items.isNull()) {
      return List.of();
    }
    if (!items.isArray()) {
      throw new InvalidManualEvidenceException(where + ": must be a list");
    }
    List<ManualEvidence> evidence = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      evidence.add(item(items.get(i), where + "[" + i + "]"));
    }
    return List.copyOf(evidence);
  }

  private static ManualEvidence item(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new InvalidManualEvidenceException(where + ": must be an object");
    }
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw new InvalidManualEvidenceException(
                    where + ": unknown field \"" + name + "\"");
              }
            });
    String controlId = required(node, "controlId", where);
    Instant providedAt = instant(required(node, "providedAt", where), where);
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("file", "text", "s3")) {
      if (node.hasNonNull(kind)) {
        kinds.add(kind);
      }
    }
    if (kinds.size() != 1) {
      throw new InvalidManualEvidenceException(
          where + ": exactly one of file, text or s3 is required");
    }
    String kind = kinds.get(0);
    String reference = required(node, kind, where);
    if (kind.equals("text") && reference.length() > MAX_TEXT) {
      throw new InvalidManualEvidenceException(
          where + ": text is " + reference.length() + " characters; at most " + MAX_TEXT);
    }
    if (kind.equals("s3") && !reference.startsWith("s3://")) {
      throw new InvalidManualEvidenceException(where + ": s3 must be an s3:// URI");
    }
    return new ManualEvidence(
        controlId,
        node.hasNonNull("resourceArn") ? node.get("resourceArn").asText() : null,
        providedAt,
        kind.toUpperCase(java.util.Locale.ROOT),
        reference,
        node.hasNonNull("providedBy") ? node.get("providedBy").asText() : null);
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new InvalidManualEvidenceException(
          where + ": \"" + field + "\" must be a non-empty string");
    }
    return value.asText();
  }

  private static Instant instant(String text, String where) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidManualEvidenceException(
          where + ": providedAt must be an ISO-8601 instant such as 2026-11-01T09:00:00Z");
    }
  }
}
