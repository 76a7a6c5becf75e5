package dev.assay.assessment.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Evidence files on the local disk: {@code <dir>/<sha[0..2]>/<sha>}. */
public final class LocalBlobStore implements BlobStore {

  private final Path dir;

  public LocalBlobStore(Path dir) {
    this.dir = dir;
  }

  @Override
  public Stored store(InputStream in, long maxBytes) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "upload-", ".part");
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
