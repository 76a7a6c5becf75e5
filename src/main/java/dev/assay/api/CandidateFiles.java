package dev.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.reload.EngineSource;
import dev.assay.reload.Overlay;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A candidate rule set sent in a request body: files by name ({@code "secure.drl": "..."}) laid
 * over copies of the serving rules and frameworks directories, so a request may send one file or
 * all of them. Closing it deletes the copies.
 */
final class CandidateFiles implements AutoCloseable {

  private final Overlay rules;
  private final Overlay frameworks;
  private final EngineSource source;

  private CandidateFiles(Overlay rules, Overlay frameworks, EngineSource source) {
    this.rules = rules;
    this.frameworks = frameworks;
    this.source = source;
  }

  /**
   * @param rulesField the body field of the rule files; {@code "frameworks"} holds framework files
   */
  static CandidateFiles of(
      JsonNode root, String rulesField, EngineSource serving, RequestLimits limits) {
    Map<String, String> ruleFiles = files(root, rulesField);
    Map<String, String> frameworkFiles = files(root, "frameworks");
    RequestLimits.check(
        rulesField + " and frameworks",
        ruleFiles.size() + frameworkFiles.size(),
        limits.maxCandidateFiles(),
        "max-candidate-files");
    Overlay rules = null;
    Overlay frameworks = null;
    try {
      rules = Overlay.of(serving.rulesDir(), ruleFiles);
      frameworks = Overlay.of(serving.frameworksDir(), frameworkFiles);
      return new CandidateFiles(
          rules, frameworks, serving.withRules(rules.dir()).withFrameworks(frameworks.dir()));
    } catch (IllegalArgumentException e) {
      close(rules, frameworks);
      throw ApiException.invalidRequest(e.getMessage());
    } catch (RuntimeException e) {
      close(rules, frameworks);
      throw e;
    }
  }

  EngineSource source() {
    return source;
  }

  static Map<String, String> files(JsonNode root, String field) {
    JsonNode node = root.get(field);
    Map<String, String> files = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return files;
    }
    if (!node.isObject()) {
      throw ApiException.invalidRequest(
          field
              + ": must be an object of file names and contents, such as {\"secure.drl\": \"...\"}, not "
              + EvaluationRequestReader.kind(node));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> file = it.next();
      if (!file.getValue().isTextual()) {
        throw ApiException.invalidRequest(
            field
                + "."
                + file.getKey()
                + ": must be the file's content as a string, not "
                + EvaluationRequestReader.kind(file.getValue()));
      }
      files.put(file.getKey(), file.getValue().textValue());
    }
    return files;
  }

  @Override
  public void close() {
    close(rules, frameworks);
  }

  private static void close(Overlay... overlays) {
    for (Overlay overlay : overlays) {
      if (overlay != null) {
        overlay.close();
      }
    }
  }
}
