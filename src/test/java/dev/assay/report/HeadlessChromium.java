package dev.assay.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium in headless mode, run as a process: the DOM it built from a page, or the page
 * printed to PDF. .ci/run installs it; a developer machine without it skips the tests that need it
 * (under CI a missing browser fails them instead).
 */
final class HeadlessChromium {

  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "chrome");

  private final Path binary;
  private final Path profile;

  private HeadlessChromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  static Optional<HeadlessChromium> find(Path workDir) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new HeadlessChromium(candidate, workDir.resolve("chromium-profile")));
        }
      }
    }
    return Optional.empty();
  }

  /** The page's DOM as the browser built it (its parser, not ours). */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return new String(run(List.of("--dump-dom", page.toUri().toString())), StandardCharsets.UTF_8);
  }

  /** The page printed to PDF by the browser's own layout engine. */
  Path printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    run(
        List.of(
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf.toAbsolutePath(),
            page.toUri().toString()));
    return pdf;
  }

  private byte[] run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    // Root in CI and in the developer containers: chromium refuses to start sandboxed as root.
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(args);
    Path err = Files.createTempFile("chromium-", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("chromium did not finish in 120 s: " + command);
      }
      if (p.exitValue() != 0) {
        throw new IOException(
            "chromium exited " + p.exitValue() + ": " + Files.readString(err).strip());
      }
      return out;
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
