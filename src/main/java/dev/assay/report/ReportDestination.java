package dev.assay.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Where finished reports go: a local directory or {@code s3://bucket/prefix}. A zip appears there
 * whole or not at all: on disk it is moved into place in one rename, and an S3 object becomes
 * visible only once its upload completed.
 */
public sealed interface ReportDestination {

  /** Puts a complete zip at the destination under the file name; returns its location. */
  String publish(Path zip, String fileName);

  /** A local directory. */
  record Directory(Path dir) implements ReportDestination {
    @Override
    public String publish(Path zip, String fileName) {
      Path target = dir.resolve(fileName);
      try {
        Files.createDirectories(dir);
        try {
          Files.move(zip, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherDisk) {
          // Another file system: copy beside the target first, then rename in one step.
          Path part = dir.resolve("." + fileName + ".part");
          Files.copy(zip, part, StandardCopyOption.REPLACE_EXISTING);
          Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return target.toAbsolutePath().toString();
      } catch (IOException e) {
        throw new ReportException(
            ReportException.Kind.DESTINATION,
            "destination-failed",
            "cannot write the report to " + dir + ": " + e.getMessage(),
            e);
      }
    }
  }

  /** An S3 bucket and key prefix. */
  record S3(String bucket, String prefix, ReportSettings settings) implements ReportDestination {
    @Override
    public String publish(Path zip, String fileName) {
      String key = prefix.isEmpty() ? fileName : prefix + "/" + fileName;
      try (S3Client s3 = client(settings)) {
        s3.putObject(
            b -> b.bucket(bucket).key(key).contentType("application/zip"),
            RequestBody.fromFile(zip));
        return "s3://" + bucket + "/" + key;
      } catch (SdkException e) {
        throw new ReportException(
            ReportException.Kind.DESTINATION,
            "destination-failed",
            "cannot upload the report to s3://" + bucket + "/" + key + ": " + e.getMessage(),
            e);
      }
    }

    static S3Client client(ReportSettings settings) {
      S3ClientBuilder builder =
          S3Client.builder()
              .httpClient(UrlConnectionHttpClient.create())
              .credentialsProvider(DefaultCredentialsProvider.builder().build());
      if (settings.s3Region() != null) {
        builder.region(Region.of(settings.s3Region()));
      } else {
        builder.region(defaultRegion()).crossRegionAccessEnabled(true);
      }
      if (settings.s3EndpointUrl() != null) {
        builder.endpointOverride(URI.create(settings.s3EndpointUrl())).forcePathStyle(true);
      }
      return builder.build();
    }

    private static Region defaultRegion() {
      try {
        return new DefaultAwsRegionProviderChain().getRegion();
      } catch (SdkException none) {
        // No region configured anywhere: start in us-east-1 and follow S3's redirects.
        return Region.US_EAST_1;
      }
    }
  }

  /**
   * Opens a report at the location it was published to ({@code s3://bucket/key} or an absolute
   * path), for streaming; a report no longer there is a {@link ReportException.Kind#GONE}.
   */
  static InputStream open(String location, ReportSettings settings) {
    if (location.startsWith("s3://")) {
      String rest = location.substring(5);
      int slash = rest.indexOf('/');
      String bucket = rest.substring(0, slash);
      String key = rest.substring(slash + 1);
      S3Client s3 = S3.client(settings);
      try {
        InputStream object = s3.getObject(b -> b.bucket(bucket).key(key));
        return new FilterInputStream(object) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              s3.close();
            }
          }
        };
      } catch (NoSuchKeyException | NoSuchBucketException e) {
        s3.close();
        throw gone(location, e);
      } catch (SdkException e) {
        s3.close();
        throw new ReportException(
            ReportException.Kind.DESTINATION,
            "destination-failed",
            "cannot read the report at " + location + ": " + e.getMessage(),
            e);
      }
    }
    try {
      return Files.newInputStream(Path.of(location));
    } catch (NoSuchFileException e) {
      throw gone(location, e);
    } catch (IOException e) {
      throw new ReportException(
          ReportException.Kind.DESTINATION,
          "destination-failed",
          "cannot read the report at " + location + ": " + e.getMessage(),
          e);
    }
  }

  private static ReportException gone(String location, Exception cause) {
    return new ReportException(
        ReportException.Kind.GONE,
        "report-file-missing",
        "the report's zip is no longer at " + location,
        cause);
  }

  /** Reads a destination: {@code s3://bucket[/prefix]}, or else a directory path. */
  static ReportDestination parse(String text, ReportSettings settings) {
    if (text == null || text.isBlank()) {
      throw ReportException.invalid("no report destination");
    }
    String t = text.strip();
    if (t.regionMatches(true, 0, "s3://", 0, 5)) {
      String rest = t.substring(5);
      int slash = rest.indexOf('/');
      String bucket = slash < 0 ? rest : rest.substring(0, slash);
      String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
      if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
        throw ReportException.invalid("report destination " + t + " names no valid S3 bucket");
      }
      return new S3(bucket, prefix, settings);
    }
    if (t.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw ReportException.invalid(
          "report destination " + t + " is neither a directory nor s3://bucket/prefix");
    }
    return new Directory(Path.of(t));
  }
}
