package dev.assay.report;

/** Reads the partition, region and account of an ARN; {@code null} where an ARN has none. */
final class ArnParts {

  private ArnParts() {}

  private static String part(String arn, int index) {
    if (arn == null || !arn.startsWith("arn:")) {
      return null;
    }
    String[] parts = arn.split(":", 6);
    return parts.length > index && !parts[index].isEmpty() ? parts[index] : null;
  }

  static String partition(String arn) {
    String p = part(arn, 1);
    return p == null ? "aws" : p;
  }

  static String region(String arn) {
    return part(arn, 3);
  }

  static String account(String arn) {
    return part(arn, 4);
  }
}
