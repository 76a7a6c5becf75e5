package dev.assay.assessment.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.digest.ContentHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical forms and SHA-256 hashes of evidence. JSON is canonical when its object keys are sorted
 * and it has no insignificant whitespace; an item's canonical form is the canonical JSON of every
 * stored field but its own hash, so changing any of them, or its place, changes the hash.
 */
public final class EvidenceHasher {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvidenceHasher() {}

  public static String sha256(byte[] bytes) {
    return ContentHash.of(bytes);
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The JSON with object keys sorted at every level, written compactly. */
  public static String canonicalJson(JsonNode node) {
    try {
      return JSON.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String canonical(EvidenceItem item) {
    Map<String, Object> fields = new TreeMap<>();
    fields.put("assessmentId", item.assessmentId());
    fields.put("seq", item.seq());
    fields.put("id", item.id());
    fields.put("controlId", item.controlId());
    fields.put("collectionDate", item.collectionDate().toString());
    fields.put("type", item.type().name());
    fields.put("source", item.source());
    fields.put("collectedAt", item.collectedAt().toString());
    fields.put("accountId", item.accountId());
    fields.put("region", item.region());
    fields.put("resourceArn", item.resourceArn());
    fields.put("compliance", item.compliance().name());
    fields.put("runId", item.runId());
    fields.put("providedBy", item.providedBy());
    fields.put("fileName", item.fileName());
    fields.put("sizeBytes", item.sizeBytes());
    fields.put("contentSha256", item.contentSha256());
    fields.put("prevHash", item.prevHash());
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String itemHash(EvidenceItem item) {
    return sha256(canonical(item));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      for (String name : names) {
        copy.set(name, sorted(object.get(name)));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
        copy.add(sorted(it.next()));
      }
      return copy;
    }
    return node;
  }
}
