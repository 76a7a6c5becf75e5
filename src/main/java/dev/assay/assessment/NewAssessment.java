package dev.assay.assessment;

import java.util.List;
import java.util.Map;

/**
 * What creating an assessment takes. {@code framework} {@code null} means the default framework.
 *
 * @param snapshotInput a snapshot directory to evaluate instead of collecting, or {@code null}
 */
public record NewAssessment(
    String name,
    String description,
    String framework,
    List<String> accounts,
    List<String> regions,
    List<String> owners,
    String reportDestination,
    Map<String, String> tags,
    String snapshotInput) {}
