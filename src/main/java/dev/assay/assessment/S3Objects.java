package dev.assay.assessment;

import dev.assay.assessment.evidence.BlobStore;
import dev.assay.assessment.evidence.S3Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Reads objects named by {@code s3://} URIs for evidence imports, with the size checked first. */
final class S3Objects {

  private final Supplier<S3Client> client;
  private S3Client s3;

  S3Objects(Supplier<S3Client> client) {
    this.client = client;
  }

  private synchronized S3Client s3() {
    if (s3 == null) {
      s3 = client.get();
    }
    return s3;
  }

  /** The object's bytes; {@link BlobStore.TooLarge} when S3 says it is larger than allowed. */
  InputStream open(S3Location at, long maxBytes) throws IOException {
    try {
      HeadObjectResponse head = s3().headObject(b -> b.bucket(at.bucket()).key(at.key()));
      if (head.contentLength() != null && head.contentLength() > maxBytes) {
        throw new BlobStore.TooLarge(maxBytes);
      }
      return s3().getObject(b -> b.bucket(at.bucket()).key(at.key()));
    } catch (S3Exception e) {
      String code =
          e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
              ? "HTTP " + e.statusCode()
              : e.awsErrorDetails().errorCode();
      if (e.statusCode() == 404 && "HTTP 404".equals(code)) {
        code = "NoSuchKey";
      }
      throw new IOException(code + " (S3 answered " + e.statusCode() + ")", e);
    } catch (SdkException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
