package dev.assay.report;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentSettings;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.NewAssessment;
import dev.assay.assessment.TestDatabase;
import dev.assay.evaluation.AssayEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** An assessment store on a test database, assessments with evidence, and zip surgery. */
final class ReportFixture {

  static final String HOSTILE = "<script>alert('x')</script>";
  private static AssayEngine engine;

  static synchronized AssayEngine engine() {
    if (engine == null) {
      engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-starter");
    }
    return engine;
  }

  static AssessmentStore store(TestDatabase db, Path dataDir, boolean collect) {
    return new AssessmentStore(
        db.store(),
        engine(),
        AssessmentSettings.defaults(dataDir).withCollectOnCreate(collect),
        (a, run, input) -> input != null ? input : Path.of(a.snapshotInput()),
        Clock.systemUTC());
  }

  static Assessment create(AssessmentStore store, String name, String destination) {
    return store
        .assessments()
        .create(
            new NewAssessment(
                name,
                "report test",
                null,
                List.of("111111111111", "222222222222"),
                List.of("us-east-1", "eu-west-1"),
                List.of("owner@example.com"),
                destination,
                Map.of(),
                "examples/snapshot"),
            "alice");
  }

  /** Evidence and a comment that would run as script if a report rendered them as HTML. */
  static void addHostileManualEvidence(AssessmentStore store, String id, String control) {
    store.uploads().uploadText(id, control, "answer " + HOSTILE, null, "alice");
    store
        .uploads()
        .uploadFile(
            id,
            control,
            // Uploads refuse HTML files, so the hostile markup rides in a text file's name and
            // body.
            "<img src=x onerror=alert(1)>.txt",
            null,
            new ByteArrayInputStream(("notes " + HOSTILE).getBytes(StandardCharsets.UTF_8)),
            "alice");
    store.assessments().comment(id, control, "looks fine " + HOSTILE, "<b>bob</b>");
  }

  static Reports reports(AssessmentStore store, TestDatabase db, ReportSettings settings) {
    SigningKey key = SigningKeys.load(settings);
    return new Reports(
        store,
        id -> engine().frameworks().find(id),
        settings,
        () -> key,
        Clock.systemUTC(),
        settings.keyDir().getParent().resolve("work"));
  }

  static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> all = z.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        try (InputStream in = z.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** Rewrites a zip with its entries changed by the function (a null value drops the entry). */
  static Path rewrite(Path zip, Path target, UnaryOperator<Map<String, byte[]>> change)
      throws IOException {
    Map<String, byte[]> changed = change.apply(entries(zip));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : changed.entrySet()) {
        if (e.getValue() != null) {
          out.putNextEntry(new ZipEntry(e.getKey()));
          out.write(e.getValue());
          out.closeEntry();
        }
      }
    }
    Files.write(target, bytes.toByteArray());
    return target;
  }

  private ReportFixture() {}
}
