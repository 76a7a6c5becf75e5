package dev.assay.collect;

import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * An account to collect, with the credentials that reach it and its regions; or, when it could not
 * be entered (AssumeRole refused), why.
 */
record Account(
    String id,
    AwsCredentialsProvider credentials,
    List<String> regions,
    CallErrors.CallError failure) {

  static Account reached(String id, AwsCredentialsProvider credentials, List<String> regions) {
    return new Account(id, credentials, List.copyOf(regions), null);
  }

  static Account unreachable(String id, List<String> regions, CallErrors.CallError failure) {
    return new Account(id, null, List.copyOf(regions), failure);
  }

  boolean reachable() {
    return failure == null;
  }
}
