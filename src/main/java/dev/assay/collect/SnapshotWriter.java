package dev.assay.collect;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Writes calls into the snapshot layout {@code
 * <account>/<region>/<service>.<Operation>[_<suffix>].json}, indented as the AWS CLI indents.
 */
public final class SnapshotWriter {

  private static final ObjectWriter JSON =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator("")));

  private final Path root;

  private SnapshotWriter(Path root) {
    this.root = root;
  }

  /**
   * Opens an output directory, creating it if needed. It must be empty: files of an earlier
   * collection (a page that no longer exists) would mix into this one unnoticed.
   */
  public static SnapshotWriter open(Path root) {
    try {
      if (Files.exists(root)) {
        if (!Files.isDirectory(root)) {
          throw new CollectException("output is not a directory: " + root);
        }
        try (Stream<Path> entries = Files.list(root)) {
          if (entries.findAny().isPresent()) {
            throw new CollectException("output directory is not empty: " + root);
          }
        }
      }
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new CollectException("cannot create output directory " + root + ": " + e, e);
    }
    return new SnapshotWriter(root);
  }

  public Path root() {
    return root;
  }

  /** Writes one call; never overwrites: a clashing suffix gets {@code -2}, {@code -3}... */
  public Path write(
      String account,
      String region,
      String service,
      String operation,
      String suffix,
      JsonNode content) {
    Path dir = root.resolve(account).resolve(region);
    String base = service + "." + operation + (suffix.isEmpty() ? "" : "_" + safe(suffix));
    try {
      Files.createDirectories(dir);
      byte[] bytes = (JSON.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8);
      for (int n = 1; ; n++) {
        Path file = dir.resolve(base + (n == 1 ? "" : "-" + n) + ".json");
        try {
          Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          return file;
        } catch (FileAlreadyExistsException taken) {
          // Two resources whose names differ only in characters safe() replaced.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(base + ".json"), e);
    }
  }

  /**
   * A resource name as a file-name suffix. Names that needed changes still match, through the
   * request kept in the envelope.
   */
  static String safe(String suffix) {
    return suffix.replaceAll("[^A-Za-z0-9._@+=-]", "-");
  }
}
