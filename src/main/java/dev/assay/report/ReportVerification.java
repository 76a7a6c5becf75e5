package dev.assay.report;

import java.util.List;

/**
 * What checking a report zip found. {@code verified} only when the signature verifies with the
 * trusted key and every file matches the digest, none missing, none added.
 *
 * @param keyId the key the digest says signed it
 * @param trustedKeyId the key the signature was checked with
 * @param keySource where that key came from: {@code given}, {@code configured} (this Assay's own
 *     key) or {@code embedded} (the archive's own public-key.pem, which only shows the archive is
 *     whole, not who made it)
 * @param files files the archive holds besides the digest and its signature
 */
public record ReportVerification(
    boolean verified,
    String reportId,
    String assessmentId,
    String keyId,
    String trustedKeyId,
    String keySource,
    long files,
    List<Problem> problems) {

  /**
   * One problem.
   *
   * @param kind {@code changed}, {@code missing}, {@code added}, {@code unsafe-path}, {@code
   *     duplicate}, {@code malformed-digest}, {@code wrong-key} or {@code bad-signature}
   * @param path the file concerned, or {@code null}
   */
  public record Problem(String kind, String path, String message) {}
}
