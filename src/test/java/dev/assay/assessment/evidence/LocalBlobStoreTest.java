package dev.assay.assessment.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest {

  private static final Duration IDLE = Duration.ofMinutes(10);

  @TempDir Path dir;

  @Test
  void removesOnlyUploadPartsIdleLongerThanTheLimit() throws IOException {
    LocalBlobStore store = new LocalBlobStore(dir);
    BlobStore.Stored kept =
        store.store(new ByteArrayInputStream("evidence".getBytes(StandardCharsets.UTF_8)), 1000);
    Instant now = Instant.parse("2026-11-30T01:00:00Z");
    Path cutOff = part("upload-111.part", now.minus(Duration.ofHours(3)));
    Path justOverLimit = part("upload-222.part", now.minus(IDLE).minusSeconds(1));
    Path streaming = part("upload-333.part", now.minusSeconds(5));
    Path atLimit = part("upload-444.part", now.minus(IDLE).plusSeconds(1));
    Path notAnUpload = part("notes.part", now.minus(Duration.ofDays(2)));
    Path oldKeyPart = part("key-1.part", now.minus(Duration.ofDays(2)));

    List<Path> removed = store.removeStaleUploads(IDLE, now);

    assertEquals(List.of(cutOff, justOverLimit), removed.stream().sorted().toList());
    assertFalse(Files.exists(cutOff));
    assertFalse(Files.exists(justOverLimit));
    assertTrue(Files.exists(streaming), "an upload still being written stays");
    assertTrue(Files.exists(atLimit));
    assertTrue(Files.exists(notAnUpload), "only upload-*.part files are touched");
    assertTrue(Files.exists(oldKeyPart));
    assertTrue(Files.isRegularFile(store.path(kept.sha256())), "stored evidence stays");
    assertEquals("evidence", new String(store.open(kept.sha256()).readAllBytes()));
  }

  @Test
  void aMissingDirectoryHasNothingToClean() {
    assertEquals(
        List.of(), new LocalBlobStore(dir.resolve("none")).removeStaleUploads(IDLE, Instant.now()));
  }

  private Path part(String name, Instant modified) throws IOException {
    Path p = Files.writeString(dir.resolve(name), "partial");
    Files.setLastModifiedTime(p, FileTime.from(modified));
    return p;
  }
}
