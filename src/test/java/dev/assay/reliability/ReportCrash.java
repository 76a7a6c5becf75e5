package dev.assay.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.report.ReportVerification;
import dev.assay.report.ReportVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report-build part of the crash test: the service builds a report's zip in a work directory
 * under its {@code java.io.tmpdir} and moves it to the destination in one rename, recording the row
 * after that. A kill while the work directory exists must leave no row and no zip; whatever is at
 * the destination afterwards is a complete zip that verifies, and every row names one.
 */
final class ReportCrash {

  private ReportCrash() {}

  static String reports(String id) {
    return "/api/v1/assessments/" + id + "/reports";
  }

  /**
   * Starts a report build and kills the service once the builder's work directory appears in {@code
   * tmpDir}. The build of a few thousand evidence items usually takes long enough to be caught
   * there; should it finish first on a fast machine, the service is killed right after it answered,
   * and the check after restart accepts "a row and a complete verifiable zip" as the only other
   * outcome (never a row without its zip, never a partial zip).
   *
   * @return whether the kill caught the build in progress
   */
  static boolean killDuringBuild(ServiceProcess s, ServiceClient api, String id, Path tmpDir) {
    CompletableFuture<HttpResponse<String>> build = api.postAsync(reports(id), "{}");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (workDirs(tmpDir) > 0 && !build.isDone()) {
        s.kill();
        assertTrue(build.handle((ok, e) -> e != null).join(), "the request died with the process");
        return true;
      }
      if (build.isDone()) {
        s.kill();
        return false;
      }
      ServiceProcess.sleep(5);
    }
    throw new AssertionError("no report build began within 60 s:\n" + s.log());
  }

  /**
   * Every row names a zip at the destination that verifies with the service's key, and every zip at
   * the destination has a row: nothing partial or unrecorded. Returns the number of reports.
   */
  static int assertConsistent(ServiceClient api, String id, Path destination) {
    // An empty list is left out of the JSON (the service omits empty values).
    JsonNode rows = api.get(reports(id)).path("reports");
    Set<Path> named = new HashSet<>();
    for (JsonNode row : rows) {
      Path zip = Path.of(row.get("location").asText());
      assertTrue(Files.isRegularFile(zip), "report row names a missing zip: " + row);
      assertVerifies(zip, row);
      named.add(zip.toAbsolutePath());
    }
    List<Path> present = files(destination);
    assertEquals(
        named,
        present.stream().map(Path::toAbsolutePath).collect(Collectors.toSet()),
        "zips at the destination against the report rows (no partial or unrecorded file)");
    return rows.size();
  }

  private static void assertVerifies(Path zip, JsonNode row) {
    // The archive's own public key shows it is whole; the key id ties it to the service's key.
    ReportVerification v = ReportVerifier.verify(zip, null, "embedded");
    assertTrue(v.verified(), () -> zip + " does not verify: " + v.problems());
    assertEquals(row.get("id").asText(), v.reportId(), "the zip is the row's report");
    assertEquals(row.get("keyId").asText(), v.keyId(), "signed with the service's key");
    assertEquals(row.get("files").asLong(), v.files(), "file count against the row");
  }

  /** The builder's work directories ({@code report-<id>-*}) under the service's temp dir. */
  static long workDirs(Path tmpDir) {
    if (!Files.isDirectory(tmpDir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(tmpDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("report-")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
