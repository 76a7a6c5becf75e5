package dev.assay.assessment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Not a test: CPU time of the assessment store's own work (create with 110 controls, reads, status
 * changes, comments, change log) on H2 in memory and on PostgreSQL, to compare two builds of the
 * store code. CPU time of this thread (ThreadMXBean), because other processes load the machine; on
 * H2 it includes the database's work, on PostgreSQL only the client side. Run with the test class
 * path: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * dev.assay.assessment.AssessmentStoreBench [rounds]}.
 */
public final class AssessmentStoreBench {

  private AssessmentStoreBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
      try (TestDatabase db = TestDatabase.open(kind)) {
        Path temp = Files.createTempDirectory("assay-bench");
        AssessmentStore store =
            new AssessmentStore(
                db.store(),
                TestEngine.get(),
                AssessmentSettings.defaults(temp),
                (a, run, input) -> input,
                new TestEngine.MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
        work(store, 5); // warm-up: class loading, JIT, statement caches
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work(store, rounds);
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        System.out.printf(
            "%s: %d assessments, CPU %d ms (%.1f ms each), wall %d ms%n",
            kind, rounds, cpuMs, (double) cpuMs / rounds, wallMs);
      }
    }
    System.exit(0);
  }

  private static void work(AssessmentStore store, int rounds) {
    Assessments assessments = store.assessments();
    for (int i = 0; i < rounds; i++) {
      Assessment a =
          assessments.create(
              new NewAssessment(
                  "bench " + i,
                  "d",
                  "genai-best-practices-v2",
                  List.of("111111111111"),
                  List.of("us-east-1"),
                  List.of("owner@example.com"),
                  null,
                  Map.of("team", "ml"),
                  null),
              "bench");
      List<AssessmentControl> controls = assessments.controls(a.id());
      for (AssessmentControl c : controls.subList(0, 5)) {
        assessments.setControlStatus(a.id(), c.controlId(), ControlStatus.INACTIVE, "why", "b");
        assessments.comment(a.id(), c.controlId(), "a comment", "b");
        assessments.control(a.id(), c.controlId());
      }
      assessments.controlSets(a.id());
      assessments.changeLog(a.id(), null);
      assessments.get(a.id());
      assessments.setStatus(a.id(), AssessmentStatus.INACTIVE, "b");
    }
    assessments.list();
  }
}
