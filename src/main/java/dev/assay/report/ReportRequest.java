package dev.assay.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What to put in a report: the whole assessment, or the evidence some filters select. Every filter
 * narrows (they combine with AND); an empty or missing one selects everything.
 *
 * @param name the report's name (1 to 300 characters; default: the assessment's name and the day)
 * @param controlSetIds only the controls of these control sets
 * @param controlIds only these controls
 * @param dataSources only evidence from these sources: {@code manual}, a service ({@code
 *     sagemaker}) or a source ({@code sagemaker.ListNotebookInstances})
 * @param from only evidence collected on or after this day (YYYY-MM-DD, UTC)
 * @param to only evidence collected on or before this day
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportRequest(
    String name,
    String description,
    List<String> controlSetIds,
    List<String> controlIds,
    List<String> dataSources,
    String from,
    String to) {

  public ReportRequest {
    controlSetIds = clean(controlSetIds);
    controlIds = clean(controlIds);
    dataSources = clean(dataSources);
  }

  /** The whole assessment. */
  public static ReportRequest whole() {
    return new ReportRequest(null, null, null, null, null, null, null);
  }

  /** Refuses what no report can be built from, naming the field. */
  public ReportRequest validated() {
    if (name != null && (name.isBlank() || name.length() > 300)) {
      throw ReportException.invalid("name must have 1 to 300 characters");
    }
    if (description != null && description.length() > 1000) {
      throw ReportException.invalid("description may have at most 1000 characters");
    }
    LocalDate start = fromDate();
    LocalDate end = toDate();
    if (start != null && end != null && start.isAfter(end)) {
      throw ReportException.invalid("from (" + from + ") is after to (" + to + ")");
    }
    for (String source : dataSources) {
      if (!source.matches("[A-Za-z0-9._-]{1,300}")) {
        throw ReportException.invalid("data source " + source + " is not a source name");
      }
    }
    return this;
  }

  public LocalDate fromDate() {
    return date("from", from);
  }

  public LocalDate toDate() {
    return date("to", to);
  }

  private static LocalDate date(String field, String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ReportException.invalid(field + " must be a day as YYYY-MM-DD, not " + text);
    }
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
  }
}
