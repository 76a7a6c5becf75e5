package dev.assay.api.security;

import static dev.assay.api.security.AccessRule.DelegateScope.CONTROL;
import static dev.assay.api.security.AccessRule.DelegateScope.NONE;
import static dev.assay.api.security.AccessRule.DelegateScope.OWN_DELEGATION;
import static dev.assay.api.security.AccessRule.DelegateScope.READ;
import static dev.assay.auth.Role.ANALYST;
import static dev.assay.auth.Role.READER;

import dev.assay.auth.Role;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may call which route: the one table of the service, keyed by method and Micronaut's route
 * template. A route missing from the table is for admins only, so endpoints added elsewhere are
 * safe until someone maps them here (the role matrix test names every unmapped route). HEAD follows
 * GET.
 */
public final class AccessPolicy {

  private static final String A = "/api/v1/assessments/{id}";
  private static final Set<Role> READERS = Set.of(ANALYST, READER);
  private static final Set<Role> NO_ROLE = Set.of();

  private static final Map<String, AccessRule> TABLE = build();

  private AccessPolicy() {}

  private static Map<String, AccessRule> build() {
    Map<String, AccessRule> t = new LinkedHashMap<>();
    t.put("GET /health", AccessRule.publicRoute());
    t.put("GET /health/{selector}", AccessRule.publicRoute());

    // Stateless evaluation reads nothing stored; the catalogue is what every role works against.
    t.put("POST /api/v1/evaluations", AccessRule.anyone());
    t.put("GET /api/v1/rules", AccessRule.anyone());
    t.put("GET /api/v1/rules/versions", AccessRule.anyone());
    t.put("GET /api/v1/frameworks", AccessRule.anyone());
    t.put("GET /api/v1/frameworks/{id}", AccessRule.anyone());
    t.put("GET /api/v1/controls", AccessRule.anyone());
    t.put("POST /api/v1/rules/reload", AccessRule.only(ANALYST));
    t.put("POST /api/v1/rules/validate", AccessRule.only(ANALYST));
    t.put("POST /api/v1/reevaluations", AccessRule.only(ANALYST));
    t.put("POST /api/v1/reevaluations/{id}/cancel", AccessRule.only(ANALYST));
    t.put("POST /api/v1/reevaluations/{id}/resume", AccessRule.only(ANALYST));
    // Job progress names assessments and counts of changes, the catalogue-level view readers have.
    t.put("GET /api/v1/reevaluations", AccessRule.only(ANALYST, READER));
    t.put("GET /api/v1/reevaluations/{id}", AccessRule.only(ANALYST, READER));
    // Operators' counters (reloads, jobs).
    t.put("GET /api/v1/metrics", AccessRule.adminOnly());

    t.put("GET /api/v1/api-keys", AccessRule.adminOnly());
    t.put("POST /api/v1/api-keys", AccessRule.adminOnly());
    t.put("DELETE /api/v1/api-keys/{id}", AccessRule.adminOnly());

    // Checking a report proves nothing about stored evidence; anyone handed a zip may check it.
    t.put("POST /api/v1/reports/verify", AccessRule.anyone());
    t.put("GET /api/v1/reports/public-key", AccessRule.anyone());

    // The list shows each caller what they may read (AssessmentVisibility).
    t.put("GET /api/v1/assessments", AccessRule.anyone());
    t.put("POST /api/v1/assessments", AccessRule.only(ANALYST));
    read(t, A);
    read(t, A + "/control-sets");
    read(t, A + "/controls");
    read(t, A + "/controls/{controlId}");
    read(t, A + "/controls/{controlId}/history");
    read(t, A + "/changelog");
    read(t, A + "/runs");
    read(t, A + "/runs/{runId}");
    read(t, A + "/tasks");
    read(t, A + "/evidence");
    read(t, A + "/evidence/folders");
    read(t, A + "/evidence/{evidenceId}");
    read(t, A + "/evidence/{evidenceId}/file");
    read(t, A + "/delegations");
    // Whole-assessment documents: a delegate's part cannot be cut out of them without making them
    // something else (an export or report of every set, a chain that links every set's items).
    wholeAssessment(t, A + "/export");
    wholeAssessment(t, A + "/evidence/verify");
    wholeAssessment(t, A + "/reports");
    wholeAssessment(t, A + "/reports/{reportId}");
    wholeAssessment(t, A + "/reports/{reportId}/download");
    owner(t, "PUT " + A + "/status");
    owner(t, "PUT " + A + "/control-sets/{controlSetId}/status");
    owner(t, "POST " + A + "/runs");
    owner(t, "POST " + A + "/reports");
    owner(t, "POST " + A + "/delegations");
    owner(t, "POST " + A + "/delegations/{delegationId}/complete");
    t.put(
        "PUT " + A + "/controls/{controlId}/status", AccessRule.assessment(NO_ROLE, true, CONTROL));
    t.put(
        "POST " + A + "/controls/{controlId}/comments",
        AccessRule.assessment(NO_ROLE, true, CONTROL));
    t.put(
        "POST " + A + "/controls/{controlId}/evidence",
        AccessRule.assessment(NO_ROLE, true, CONTROL));
    t.put(
        "POST " + A + "/controls/{controlId}/evidence/file",
        AccessRule.assessment(NO_ROLE, true, CONTROL));
    t.put(
        "POST " + A + "/controls/{controlId}/evidence/s3",
        AccessRule.assessment(NO_ROLE, true, CONTROL));
    t.put(
        "POST " + A + "/delegations/{delegationId}/submit",
        AccessRule.assessment(NO_ROLE, false, OWN_DELEGATION));
    return Collections.unmodifiableMap(t);
  }

  private static void read(Map<String, AccessRule> t, String template) {
    t.put("GET " + template, AccessRule.assessment(READERS, true, READ));
  }

  private static void wholeAssessment(Map<String, AccessRule> t, String template) {
    t.put("GET " + template, AccessRule.assessment(READERS, true, NONE));
  }

  private static void owner(Map<String, AccessRule> t, String route) {
    t.put(route, AccessRule.assessment(NO_ROLE, true, NONE));
  }

  /** The rule of a route; admin only for a route the table does not name. */
  public static AccessRule rule(String method, String template) {
    return TABLE.getOrDefault(verb(method) + " " + template, AccessRule.adminOnly());
  }

  public static boolean mapped(String method, String template) {
    return TABLE.containsKey(verb(method) + " " + template);
  }

  private static String verb(String method) {
    String verb = method.toUpperCase(Locale.ROOT);
    return verb.equals("HEAD") ? "GET" : verb;
  }

  /** Every mapped route ({@code METHOD template}) and its rule, in table order. */
  public static Map<String, AccessRule> table() {
    return TABLE;
  }
}
