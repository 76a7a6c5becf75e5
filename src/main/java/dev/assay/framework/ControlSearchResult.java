package dev.assay.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.json.PrettyJson;
import java.util.List;

/**
 * The answer to a control library search, the same document for {@code GET /api/v1/controls} and
 * {@code controls search --format json}: written here once so both doors give the same bytes.
 *
 * @param query the words searched for, or {@code null} for none
 * @param type the library type searched, or {@code null} for all
 * @param framework the framework searched, or {@code null} for all
 * @param controls the matches, best first
 */
public record ControlSearchResult(
    String query, LibraryType type, String framework, int count, List<LibraryControl> controls) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static ControlSearchResult of(
      ControlLibrary library, String query, LibraryType type, String framework) {
    String words = query == null || query.isBlank() ? null : query.strip();
    List<LibraryControl> matches = library.search(words, type, framework);
    return new ControlSearchResult(words, type, framework, matches.size(), matches);
  }

  /**
   * JSON in the style of evaluation results (two-space indent, {@code "key": value}, final
   * newline), every field present, null or empty included, so clients need not guess.
   */
  public String toJson() {
    return PrettyJson.write(JSON, this);
  }
}
