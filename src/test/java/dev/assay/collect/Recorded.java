package dev.assay.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the operations moto lacks from recorded responses in the exact API shape ({@code
 * examples/recorded/<account>/<region>/<service>.<Operation>[_<id>].json}).
 */
final class Recorded {

  static final Path ROOT = Path.of("examples/recorded");

  private Recorded() {}

  /**
   * Bedrock ListGuardrails and GetGuardrail from the recordings; none recorded means none exist.
   */
  static void guardrails(AwsStub stub) {
    stub.on(
        r -> r.is("bedrock", "ListGuardrails"),
        r -> StubResponse.json(read(r, "bedrock.ListGuardrails.json", "{\"guardrails\": []}")));
    stub.on(
        r -> r.is("bedrock", "GetGuardrail"),
        r -> {
          String id = r.path().substring(r.path().lastIndexOf('/') + 1);
          String body = read(r, "bedrock.GetGuardrail_" + id + ".json", null);
          return body != null
              ? StubResponse.json(body)
              : StubResponse.error(
                  r, 404, "ResourceNotFoundException", "Guardrail " + id + " not found");
        });
  }

  private static String read(StubRequest r, String file, String fallback) {
    Path path = ROOT.resolve(r.account()).resolve(r.region()).resolve(file);
    try {
      return Files.exists(path) ? Files.readString(path) : fallback;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
