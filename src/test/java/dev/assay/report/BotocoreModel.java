package dev.assay.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * An AWS service's API model as botocore ships it ({@code data/<service>/<api-version>/
 * service-2.json[.gz]}): the machine-readable shapes AWS publishes for its SDKs. botocore is on
 * every machine that runs moto (moto depends on it), so tests find it through the {@code python3}
 * on the PATH; {@code ASSAY_BOTOCORE_DATA} may point at a {@code data} directory instead.
 */
final class BotocoreModel {

  private BotocoreModel() {}

  /** The newest API version of the service's model; fails with the reason when none is found. */
  static JsonNode load(String service) {
    Path data = dataDir();
    Path serviceDir = data.resolve(service);
    try (Stream<Path> versions = Files.list(serviceDir)) {
      Path newest =
          versions
              .filter(Files::isDirectory)
              .max(Comparator.comparing(p -> p.getFileName().toString()))
              .orElseThrow(() -> new IllegalStateException("no API version under " + serviceDir));
      Path plain = newest.resolve("service-2.json");
      Path gz = newest.resolve("service-2.json.gz");
      try (InputStream in =
          Files.exists(plain)
              ? Files.newInputStream(plain)
              : new GZIPInputStream(Files.newInputStream(gz))) {
        return ExportFixtures.JSON.readTree(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the botocore model of " + service + " under " + data + ": " + e, e);
    }
  }

  private static Path dataDir() {
    String configured = System.getenv("ASSAY_BOTOCORE_DATA");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String missing =
        "botocore (the AWS service models) was not found: install it with `pip install botocore`"
            + " (moto brings it) so that `python3 -c 'import botocore'` works, or set"
            + " ASSAY_BOTOCORE_DATA to its data directory";
    try {
      Process p =
          new ProcessBuilder(
                  "python3",
                  "-c",
                  "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__),"
                      + " 'data'))")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(missing + " (python3 said: " + out + ")");
      }
      Path data = Path.of(out);
      if (!Files.isDirectory(data)) {
        throw new IllegalStateException(missing + " (" + data + " is no directory)");
      }
      return data;
    } catch (IOException e) {
      throw new IllegalStateException(missing + " (python3 did not run: " + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(missing, e);
    }
  }
}
