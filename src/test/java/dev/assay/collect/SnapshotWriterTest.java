package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names and format of collected calls. */
class SnapshotWriterTest {

  @TempDir Path dir;

  @Test
  void writesTheLayoutIndentedLikeTheCli() throws IOException {
    SnapshotWriter writer = SnapshotWriter.open(dir.resolve("out"));
    Path file =
        writer.write(
            "111111111111",
            "us-east-1",
            "sagemaker",
            "ListEndpoints",
            "",
            new ObjectMapper().readTree("{\"Endpoints\":[],\"Next\":{}}"));
    assertEquals(dir.resolve("out/111111111111/us-east-1/sagemaker.ListEndpoints.json"), file);
    assertEquals("{\n  \"Endpoints\": [],\n  \"Next\": {}\n}\n", Files.readString(file));
  }

  @Test
  void unsafeSuffixesAreReplacedAndClashesNeverOverwrite() throws IOException {
    SnapshotWriter writer = SnapshotWriter.open(dir);
    var json = new ObjectMapper().createObjectNode();
    Path first = writer.write("111111111111", "us-east-1", "s3", "GetBucketPolicy", "a/b", json);
    Path second = writer.write("111111111111", "us-east-1", "s3", "GetBucketPolicy", "a:b", json);
    assertEquals("s3.GetBucketPolicy_a-b.json", first.getFileName().toString());
    assertEquals("s3.GetBucketPolicy_a-b-2.json", second.getFileName().toString());
  }

  @Test
  void anOutputDirectoryWithFilesIsRefused() throws IOException {
    Files.writeString(dir.resolve("old.json"), "{}");
    CollectException e = assertThrows(CollectException.class, () -> SnapshotWriter.open(dir));
    assertTrue(e.getMessage().startsWith("output directory is not empty"));
  }
}
