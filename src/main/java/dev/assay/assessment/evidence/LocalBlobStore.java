package dev.assay.assessment.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Evidence files on the local disk: {@code <dir>/<sha[0..2]>/<sha>}. An upload streams into {@code
 * <dir>/upload-*.part} first and is moved under its hash when complete.
 */
public final class LocalBlobStore implements BlobStore {

  private static final String PART_PREFIX = "upload-";
  private static final String PART_SUFFIX = ".part";

  private final Path dir;

  public LocalBlobStore(Path dir) {
    this.dir = dir;
  }

  @Override
  public Stored store(InputStream in, long maxBytes) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, PART_PREFIX, PART_SUFFIX);
      try {
        Stored stored = HashingCopy.copy(in, temp, maxBytes);
        Path target = path(stored.sha256());
        Files.createDirectories(target.getParent());
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return stored;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot store evidence file in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the temporary files of uploads that a killed process cut off: {@code upload-*.part}
   * files not written for at least {@code idle}. An upload in progress (this process or a CLI on
   * the same directory) keeps writing its file, so a long enough idle time never catches one.
   *
   * @return the files deleted
   */
  public List<Path> removeStaleUploads(Duration idle, Instant now) {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    Instant cutoff = now.minus(idle);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(LocalBlobStore::isPart).toList()) {
        try {
          if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)
              && Files.deleteIfExists(p)) {
            removed.add(p);
          }
        } catch (IOException gone) {
          // Finished or removed by its own upload meanwhile: nothing to clean.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return removed;
  }

  private static boolean isPart(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(PART_PREFIX) && name.endsWith(PART_SUFFIX) && Files.isRegularFile(p);
  }

  public Path path(String sha256) {
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    Path file = path(sha256);
    if (!Files.isRegularFile(file)) {
      throw new FileNotFoundException("evidence file " + sha256 + " is not in " + dir);
    }
    return Files.newInputStream(file);
  }

  @Override
  public String rehash(String sha256) {
    try (InputStream in = open(sha256)) {
      return HashingCopy.sha256(in);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public boolean delete(String sha256) {
    try {
      return Files.deleteIfExists(path(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete evidence file " + sha256, e);
    }
  }

  @Override
  public String describe() {
    return dir.toString();
  }
}
