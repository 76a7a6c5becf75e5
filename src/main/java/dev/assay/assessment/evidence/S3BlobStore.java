package dev.assay.assessment.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence files in S3: {@code s3://<bucket>/<prefix><sha[0..2]>/<sha>}. The upload is first
 * streamed to a temporary file while hashed and counted (the key is the hash, known only at the
 * end, and S3 wants the length up front), then put; the temporary file is always deleted.
 */
public final class S3BlobStore implements BlobStore {

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  public S3BlobStore(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
  }

  @Override
  public Stored store(InputStream in, long maxBytes) {
    Path temp = null;
    try {
      temp = Files.createTempFile("assay-upload-", ".part");
      Stored stored = HashingCopy.copy(in, temp, maxBytes);
      String key = key(stored.sha256());
      if (!exists(key)) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(temp));
      }
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store evidence file: " + e.getMessage(), e);
    } catch (SdkException e) {
      throw new UncheckedIOException(
          new IOException(
              "cannot store evidence file in " + describe() + ": " + e.getMessage(), e));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // A temporary file left behind holds no evidence; the OS cleans its temp directory.
        }
      }
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    try {
      return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
    } catch (NoSuchKeyException e) {
      throw new FileNotFoundException("evidence file " + sha256 + " is not in " + describe());
    } catch (SdkException e) {
      throw new IOException("cannot read evidence file " + sha256 + ": " + e.getMessage(), e);
    }
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
    String key = key(sha256);
    boolean existed = exists(key);
    s3.deleteObject(b -> b.bucket(bucket).key(key));
    return existed;
  }

  @Override
  public String describe() {
    return "s3://" + bucket + "/" + prefix;
  }

  private boolean exists(String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private String key(String sha256) {
    return prefix + sha256.substring(0, 2) + "/" + sha256;
  }
}
