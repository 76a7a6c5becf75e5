package dev.assay.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A temporary copy of a directory with some files replaced or added: a candidate rule set made of
 * the serving files and the ones an analyst sends. Closing it deletes the copy.
 */
public final class Overlay implements AutoCloseable {

  private final Path dir;

  private Overlay(Path dir) {
    this.dir = dir;
  }

  /**
   * @param files relative paths ({@code secure.drl}, {@code library/common-controls.yaml}) and
   *     their new content
   * @throws IllegalArgumentException when a path is absolute or leaves the directory
   */
  public static Overlay of(Path base, Map<String, String> files) {
    Path temp;
    try {
      temp = Files.createTempDirectory("assay-candidate-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Overlay overlay = new Overlay(temp);
    try {
      copyTree(base, temp);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = inside(temp, file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(
            target, file.getValue() == null ? "" : file.getValue(), StandardCharsets.UTF_8);
      }
      return overlay;
    } catch (IOException e) {
      overlay.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      overlay.close();
      throw e;
    }
  }

  public Path dir() {
    return dir;
  }

  private static Path inside(Path root, String name) {
    if (name == null || name.isBlank() || name.contains("\\") || name.contains(":")) {
      throw new IllegalArgumentException("not a file name: \"" + name + "\"");
    }
    Path target = root.resolve(name).normalize();
    if (Path.of(name).isAbsolute() || !target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException(
          "\"" + name + "\": must be a path inside the directory, such as secure.drl");
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.sorted().toList();
    }
    for (Path path : paths) {
      Path target = to.resolve(from.relativize(path).toString());
      if (Files.isDirectory(path)) {
        Files.createDirectories(target);
      } else if (Files.isRegularFile(path)) {
        Files.copy(path, target);
      }
    }
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temp directory left behind is harmless; the candidate was already judged.
    }
  }
}
