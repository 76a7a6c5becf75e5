package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A schema-valid framework file before it is resolved.
 *
 * @param file the file name, for problems
 * @param hash the SHA-256 of the file's text
 */
record FrameworkDocument(String file, JsonNode node, String hash) {

  String id() {
    return node.get("id").asText();
  }

  /** The framework this one extends, or {@code null}. */
  String extendsId() {
    return FrameworkBinder.text(node, "extends");
  }
}
