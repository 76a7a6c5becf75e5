package dev.assay.assessment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The limits of Audit Manager's API model, applied to new assessments and comments. */
final class AssessmentValidation {

  static final int MAX_COMMENT = 500;
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION =
      Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
  private static final Pattern S3 = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?");

  private AssessmentValidation() {}

  static NewAssessment validate(NewAssessment r) {
    StringBuilder problems = new StringBuilder();
    String name = r.name() == null ? "" : r.name().strip();
    if (name.isEmpty() || name.length() > 300) {
      problems.append("; name must have 1 to 300 characters");
    }
    if (r.description() != null && r.description().length() > 1000) {
      problems.append("; description must have at most 1000 characters");
    }
    List<String> accounts = strings(r.accounts(), "accounts", problems);
    if (accounts.isEmpty() || accounts.size() > 200) {
      problems.append("; scope needs 1 to 200 accounts");
    }
    accounts.stream()
        .filter(a -> !ACCOUNT.matcher(a).matches())
        .forEach(a -> problems.append("; account ID must be 12 digits: ").append(a));
    List<String> regions = strings(r.regions(), "regions", problems);
    if (regions.isEmpty()) {
      problems.append("; scope needs at least one region");
    }
    regions.stream()
        // "all": every region enabled in each account, resolved at collection time.
        .filter(g -> !REGION.matcher(g).matches() && !(g.equals("all") && regions.size() == 1))
        .forEach(g -> problems.append("; not a region name: ").append(g));
    List<String> owners = strings(r.owners(), "owners", problems);
    if (owners.size() > 100 || owners.stream().anyMatch(o -> o.isBlank() || o.length() > 300)) {
      problems.append("; at most 100 owners, each of 1 to 300 characters");
    }
    Map<String, String> tags = r.tags() == null ? Map.of() : new TreeMap<>(r.tags());
    if (tags.size() > 50) {
      problems.append("; at most 50 tags");
    }
    if (tags.values().stream().anyMatch(v -> v == null || v.length() > 256)
        || tags.keySet().stream().anyMatch(k -> k.isEmpty() || k.length() > 128)) {
      problems.append("; tag keys have 1 to 128 characters, values at most 256 (not null)");
    }
    String destination = r.reportDestination();
    if (destination != null
        && destination.startsWith("s3:")
        && !S3.matcher(destination).matches()) {
      problems
          .append("; report destination must be s3://bucket[/prefix] or a local directory: ")
          .append(destination);
    }
    if (problems.length() > 0) {
      throw AssessmentException.invalid(problems.substring(2));
    }
    return new NewAssessment(
        name,
        r.description(),
        r.framework(),
        accounts.stream().distinct().toList(),
        regions.stream().distinct().toList(),
        owners,
        destination,
        tags,
        r.snapshotInput());
  }

  /** The list without its nulls (JSON [null] binds to one), each null reported once. */
  private static List<String> strings(List<String> in, String field, StringBuilder problems) {
    if (in == null) {
      return List.of();
    }
    if (in.stream().anyMatch(java.util.Objects::isNull)) {
      problems.append("; ").append(field).append(" must not contain null");
    }
    return in.stream().filter(java.util.Objects::nonNull).toList();
  }

  static void comment(String body, boolean optional) {
    if (body == null || body.isBlank()) {
      if (!optional) {
        throw AssessmentException.invalid("a comment needs a body");
      }
      return;
    }
    if (body.length() > MAX_COMMENT) {
      throw AssessmentException.invalid(
          "a comment has at most " + MAX_COMMENT + " characters; this one has " + body.length());
    }
  }
}
