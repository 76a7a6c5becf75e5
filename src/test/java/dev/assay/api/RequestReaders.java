package dev.assay.api;

/**
 * The two ways the evaluation controller can read a body, for the benchmark harness to compare (the
 * tree is what every request went through before {@link RequestTokens}).
 */
public final class RequestReaders {

  private RequestReaders() {}

  public static Object byTree(byte[] body, RequestLimits limits) {
    return EvaluationRequestReader.readTree(body, limits);
  }

  public static Object asServed(byte[] body, RequestLimits limits) {
    return EvaluationRequestReader.read(body, limits);
  }
}
