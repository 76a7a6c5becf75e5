package dev.assay.assessment.evidence;

/**
 * An {@code s3://bucket/key} URI, checked: a bucket name as S3 allows it and a non-empty key.
 *
 * @param bucket the bucket
 * @param key the object key
 */
public record S3Location(String bucket, String key) {

  private static final java.util.regex.Pattern BUCKET =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  /** Parses the URI; {@link IllegalArgumentException} with what is wrong. */
  public static S3Location parse(String uri) {
    if (uri == null || !uri.startsWith("s3://")) {
      throw new IllegalArgumentException("an S3 import needs an s3://bucket/key URI, not " + uri);
    }
    String rest = uri.substring("s3://".length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException(
          "an S3 import needs a bucket and a key (s3://bucket/key), not " + uri);
    }
    String bucket = rest.substring(0, slash);
    String key = rest.substring(slash + 1);
    if (!BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException("not a valid S3 bucket name: " + bucket);
    }
    if (key.length() > 1024 || key.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "not a valid S3 key: at most 1024 characters, no control characters");
    }
    return new S3Location(bucket, key);
  }

  /** The last part of the key: the file name the evidence keeps. */
  public String fileName() {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return "s3://" + bucket + "/" + key;
  }
}
