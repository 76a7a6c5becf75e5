package dev.assay.collect;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * Names the failure of a call the way the snapshot's error envelope records it: the exact AWS error
 * code when AWS answered, a fixed code when it did not.
 *
 * <ul>
 *   <li>{@code <AWS code>}: AWS answered with an error ({@code AccessDeniedException}, {@code
 *       ThrottlingException} after the SDK's retries, {@code UnrecognizedClientException} in a
 *       region the account has not enabled, ...); {@code HttpStatus<nnn>} when it sent no code.
 *   <li>{@value #NOT_IN_REGION}: the service or operation does not exist in the region: its
 *       endpoint name does not resolve, or AWS says it does not know the operation.
 *   <li>{@value #TIMEOUT}: no answer in time, after the SDK's retries.
 *   <li>{@value #CONNECTION}: no connection (refused, reset, unresolvable custom endpoint).
 *   <li>{@value #CLIENT}: the SDK failed before or after the call; {@value #COLLECTOR} for a bug in
 *       a collector.
 * </ul>
 */
public final class CallErrors {

  public static final String NOT_IN_REGION = "ServiceNotAvailableInRegion";
  public static final String TIMEOUT = "RequestTimeout";
  public static final String CONNECTION = "ConnectionError";
  public static final String CLIENT = "ClientError";
  public static final String COLLECTOR = "CollectorError";

  /** AWS codes that mean "this region has no such operation", not "you may not". */
  private static final Set<String> UNKNOWN_OPERATION =
      Set.of("UnknownOperationException", "UnknownOperation", "InvalidAction");

  private CallErrors() {}

  /**
   * @param customEndpoint whether calls go to an endpoint override, where an unresolvable host says
   *     nothing about AWS regions
   */
  public static CallError classify(Throwable failure, boolean customEndpoint) {
    AwsServiceException aws = serviceError(failure);
    if (aws != null) {
      String code = aws.awsErrorDetails().errorCode();
      String message = aws.awsErrorDetails().errorMessage();
      if (code == null || code.isBlank()) {
        code = "HttpStatus" + aws.statusCode();
      }
      if (UNKNOWN_OPERATION.contains(code)) {
        return new CallError(NOT_IN_REGION, code + ": " + nullToEmpty(message));
      }
      return new CallError(code, message == null ? nullToEmpty(aws.getMessage()) : message);
    }
    if (failure instanceof ApiCallAttemptTimeoutException
        || failure instanceof ApiCallTimeoutException) {
      return new CallError(TIMEOUT, failure.getMessage());
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException) {
        return customEndpoint
            ? new CallError(CONNECTION, "cannot resolve " + cause.getMessage())
            : new CallError(NOT_IN_REGION, "no endpoint: " + cause.getMessage());
      }
      if (cause instanceof SocketTimeoutException
          || cause instanceof InterruptedIOException
          || cause instanceof ApiCallAttemptTimeoutException) {
        return new CallError(TIMEOUT, failure.getMessage());
      }
      if (cause instanceof ConnectException || cause instanceof IOException) {
        return new CallError(CONNECTION, failure.getMessage());
      }
    }
    if (failure instanceof software.amazon.awssdk.core.exception.SdkException) {
      return new CallError(CLIENT, failure.getMessage());
    }
    return new CallError(COLLECTOR, failure.toString());
  }

  /** AWS's answer, also when a credentials provider wrapped it (AssumeRole refused). */
  private static AwsServiceException serviceError(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
        return aws;
      }
    }
    return null;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The {@code {"Code", "Message"}} of an error envelope. */
  public record CallError(String code, String message) {

    public CallError {
      message = message == null ? "" : message;
    }

    public boolean notInRegion() {
      return NOT_IN_REGION.equals(code);
    }
  }
}
