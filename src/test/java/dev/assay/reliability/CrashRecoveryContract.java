package dev.assay.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.InterruptedRunRecovery;
import dev.assay.collect.MotoServer;
import dev.assay.testing.NotebookSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the service (SIGKILL) in the middle of a collection (against moto), an evaluation of a
 * large snapshot, a file upload and a report build, one kill each, restarting it after each on the
 * same database: the store stays consistent, the evidence chain verifies, the interrupted run is
 * FAILED with "interrupted by restart", no report row or zip is left partial, and the same work
 * then completes. And kills it shortly after acknowledged uploads, which must all survive. Runs on
 * H2 (file) and PostgreSQL.
 */
abstract class CrashRecoveryContract {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  /** Notebooks in the large snapshot: enough that evaluating and storing it takes seconds. */
  private static final int NOTEBOOKS = 3000;

  @TempDir Path temp;

  /** The JDBC URL the service and the checks share. */
  abstract String jdbcUrl(Path workDir);

  @Test
  void killedMidWorkLeavesTheStoreConsistentAndTheWorkCompletesAfterRestart() throws Exception {
    Path work = temp.resolve("service");
    Path blobs = work.resolve("data/blobs");
    String url = jdbcUrl(work);
    StoreInvariants store = new StoreInvariants(url);
    Path reports = temp.resolve("reports");
    // The report builder's work directories go under the service's java.io.tmpdir: its own, so
    // the test can see a build in progress.
    Path serviceTmp = Files.createDirectories(temp.resolve("service-tmp"));
    Map<String, String> env =
        ServiceProcess.env(
            "DATASOURCES_DEFAULT_URL",
            url,
            "ASSAY_ASSESSMENTS_AWS_ENDPOINT_URL",
            MOTO.url().toString(),
            "ASSAY_REPORTS_DEFAULT_DESTINATION",
            reports.toString(),
            "JAVA_TOOL_OPTIONS",
            "-Djava.io.tmpdir=" + serviceTmp);
    Path small = NotebookSnapshot.write(temp.resolve("small"));
    Path large = largeSnapshot(temp.resolve("large"));
    String id;
    long evidence;

    // 1. A collection, killed while it calls AWS.
    try (ServiceProcess s = ServiceProcess.start(work, env)) {
      ServiceClient api = new ServiceClient(s.url());
      id = create(api);
      assertSucceeded(run(api, id, small));
      evidence = store.evidenceCount(id);
      assertTrue(evidence > 0, "the first run stored evidence");
      killDuringRun(s, api, id, api.postAsync(runs(id), "{}"));
    }
    // 2. After restart: consistent; an evaluation of a large snapshot, killed mid-way.
    try (ServiceProcess s = ServiceProcess.start(work, env)) {
      ServiceClient api = new ServiceClient(s.url());
      assertRecovered(api, store, id, blobs, evidence);
      JsonNode collected = api.post(runs(id), "{}");
      assertSucceeded(collected);
      assertTrue(collected.get("calls").asInt() > 0, collected.toString());
      evidence = assertVerifies(api, store, id, blobs);
      killDuringRun(s, api, id, api.postAsync(runs(id), snapshotBody(large)));
    }
    // 3. After restart: consistent; a file upload, killed with half its body sent.
    try (ServiceProcess s = ServiceProcess.start(work, env)) {
      ServiceClient api = new ServiceClient(s.url());
      assertRecovered(api, store, id, blobs, evidence);
      assertSucceeded(run(api, id, large));
      evidence = assertVerifies(api, store, id, blobs);
      killDuringUpload(s, api, id, blobs);
    }
    // 4. After restart: consistent, nothing of the upload kept; a new upload is stored.
    try (ServiceProcess s = ServiceProcess.start(work, env)) {
      ServiceClient api = new ServiceClient(s.url());
      assertEquals(evidence, store.evidenceCount(id), "a cut-off upload stored nothing");
      store.check(id, blobs);
      HttpResponse<String> r =
          api.send(
              api.postRequest(
                  upload(id),
                  "application/octet-stream",
                  HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})));
      assertEquals(201, r.statusCode(), r.body());
      assertEquals(evidence + 1, assertVerifies(api, store, id, blobs));
      evidence++;
      assertEquals(0, ReportCrash.assertConsistent(api, id, reports));
      boolean midway = ReportCrash.killDuringBuild(s, api, id, serviceTmp);
      System.out.println("report build killed " + (midway ? "mid-way" : "after it finished"));
    }
    // 5. After restart: no report row names a missing or partial zip, no partial zip at the
    // destination, the chain unchanged; a new report is built and verifies.
    try (ServiceProcess s = ServiceProcess.start(work, env)) {
      ServiceClient api = new ServiceClient(s.url());
      int before = ReportCrash.assertConsistent(api, id, reports);
      assertTrue(before <= 1, "at most the killed build's report, complete: " + before);
      assertEquals(evidence, assertVerifies(api, store, id, blobs), "a report adds no evidence");
      JsonNode built = api.post(ReportCrash.reports(id), "{}");
      assertTrue(built.get("evidenceItems").asLong() > 0, built.toString());
      assertEquals(before + 1, ReportCrash.assertConsistent(api, id, reports));
    }
  }

  /**
   * Uploads are acknowledged (201), then the service is killed 0.5 to 1 s later with nothing in
   * flight, three times, each upload on the service restarted after the previous kill (where H2
   * 2.5.252 lost them): every acknowledged upload, its chain link and its file survive.
   */
  @Test
  void killedJustAfterAnAcknowledgedUploadKeepsIt() {
    Path work = temp.resolve("service");
    Path blobs = work.resolve("data/blobs");
    String url = jdbcUrl(work);
    Map<String, String> env = ServiceProcess.env("DATASOURCES_DEFAULT_URL", url);
    String id = null;
    UploadCrash.Uploaded last = null;
    String previousHash = null;
    for (int round = 1; round <= 3; round++) {
      try (ServiceProcess s = ServiceProcess.start(work, env)) {
        ServiceClient api = new ServiceClient(s.url());
        if (id == null) {
          id = create(api);
        } else {
          UploadCrash.assertSurvived(api, id, last, previousHash, round - 1, blobs);
          new StoreInvariants(url).check(id, blobs);
        }
        previousHash = last == null ? null : last.item().get("itemHash").asText();
        last = UploadCrash.upload(api, id, round);
        long waited = UploadCrash.killSoonAfter(s);
        System.out.println("round " + round + ": killed " + waited + " ms after the 201");
      }
    }
    try (ServiceProcess s = ServiceProcess.start(work, env)) {
      ServiceClient api = new ServiceClient(s.url());
      UploadCrash.assertSurvived(api, id, last, previousHash, 3, blobs);
      new StoreInvariants(url).check(id, blobs);
    }
  }

  private static String create(ServiceClient api) {
    return api.post(
            "/api/v1/assessments",
            """
            {"name": "crash", "framework": "genai-starter", "accounts": ["123456789012"],
             "regions": ["us-east-1"]}
            """)
        .get("id")
        .asText();
  }

  private static JsonNode run(ServiceClient api, String id, Path snapshot) {
    return api.post(runs(id), snapshotBody(snapshot));
  }

  private static String runs(String id) {
    return "/api/v1/assessments/" + id + "/runs";
  }

  private static String upload(String id) {
    return "/api/v1/assessments/" + id + "/controls/STARTER-ACC-02/evidence/file?name=big.bin";
  }

  private static String snapshotBody(Path dir) {
    return "{\"snapshotDir\": \"" + dir.toAbsolutePath() + "\"}";
  }

  private static void assertSucceeded(JsonNode run) {
    assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
  }

  /** Waits until the run is stored as RUNNING (the work has begun), then kills the service. */
  private static void killDuringRun(
      ServiceProcess s, ServiceClient api, String id, CompletableFuture<HttpResponse<String>> run) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      assertFalse(
          run.isDone(), () -> "the run finished before it could be killed: " + run.join().body());
      for (JsonNode r : api.get(runs(id)).get("runs")) {
        if (r.get("status").asText().equals("RUNNING")) {
          ServiceProcess.sleep(300);
          assertFalse(run.isDone(), "the run finished before it could be killed");
          s.kill();
          assertTrue(run.handle((ok, e) -> e != null).join(), "the request died with the process");
          return;
        }
      }
      ServiceProcess.sleep(20);
    }
    throw new AssertionError("no run was RUNNING within 60 s:\n" + s.log());
  }

  /** Streams 2 MB of a file upload, then holds the rest back until the service is killed. */
  private static void killDuringUpload(ServiceProcess s, ServiceClient api, String id, Path blobs)
      throws Exception {
    CountDownLatch killed = new CountDownLatch(1);
    CountDownLatch halfSent = new CountDownLatch(1);
    InputStream body =
        new InputStream() {
          long sent;

          @Override
          public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (sent >= 2 * 1024 * 1024) {
              halfSent.countDown();
              try {
                killed.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return -1;
            }
            int n = (int) Math.min(len, 64 * 1024);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            sent += n;
            return n;
          }
        };
    CompletableFuture<HttpResponse<String>> upload =
        api.sendAsync(
            api.request(upload(id))
                .header("Content-Type", "application/octet-stream")
                .POST(
                    HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body), 8L * 1024 * 1024))
                .build());
    try {
      halfSent.await();
      // Give the server time to stream what it got into a temporary blob file.
      long deadline = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < deadline && !partialUpload(blobs)) {
        ServiceProcess.sleep(20);
      }
      assertFalse(upload.isDone(), () -> "the upload finished: " + upload.join().body());
      s.kill();
    } finally {
      killed.countDown();
    }
    assertTrue(upload.handle((ok, e) -> e != null || ok.statusCode() >= 400).join());
  }

  private static boolean partialUpload(Path blobs) throws IOException {
    if (!Files.isDirectory(blobs)) {
      return false;
    }
    try (Stream<Path> files = Files.list(blobs)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  /** The killed run is FAILED for the restart, the rest unchanged and consistent. */
  private static void assertRecovered(
      ServiceClient api, StoreInvariants store, String id, Path blobs, long evidenceBefore) {
    JsonNode last = api.get(runs(id)).get("runs").get(0);
    assertEquals("FAILED", last.get("status").asText(), last.toString());
    assertEquals(InterruptedRunRecovery.REASON, last.get("error").asText());
    assertEquals(evidenceBefore, store.evidenceCount(id), "the killed run stored no evidence");
    assertVerifies(api, store, id, blobs);
    JsonNode summary = api.get("/api/v1/assessments/" + id);
    assertEquals("FAILED", summary.get("lastRun").get("status").asText());
  }

  /** The chain verifies over HTTP and the store is consistent; returns the evidence count. */
  private static long assertVerifies(
      ServiceClient api, StoreInvariants store, String id, Path blobs) {
    JsonNode verify = api.get("/api/v1/assessments/" + id + "/evidence/verify");
    assertTrue(verify.get("valid").asBoolean(), verify.toString());
    store.check(id, blobs);
    return store.evidenceCount(id);
  }

  /** One account and region with many notebook instances, half of them open to the internet. */
  private static Path largeSnapshot(Path root) throws IOException {
    Path region = Files.createDirectories(root.resolve("111111111111/us-east-1"));
    StringBuilder list = new StringBuilder("{\"NotebookInstances\": [");
    for (int i = 0; i < NOTEBOOKS; i++) {
      String name = "nb-" + i;
      String arn = NotebookSnapshot.ARN_PREFIX + name;
      list.append(i == 0 ? "" : ",")
          .append("{\"NotebookInstanceName\": \"")
          .append(name)
          .append("\", \"NotebookInstanceArn\": \"")
          .append(arn)
          .append("\"}");
      Files.writeString(
          region.resolve("sagemaker.DescribeNotebookInstance_" + name + ".json"),
          """
          {"NotebookInstanceName": "%s", "NotebookInstanceArn": "%s",
           "NotebookInstanceStatus": "InService", "DirectInternetAccess": "%s",
           "RootAccess": "Disabled", "SubnetId": "subnet-1",
           "KmsKeyId": "arn:aws:kms:us-east-1:111111111111:key/k"}
          """
              .formatted(name, arn, i % 2 == 0 ? "Enabled" : "Disabled"));
    }
    Files.writeString(region.resolve("sagemaker.ListNotebookInstances.json"), list + "]}");
    return root;
  }
}
