package dev.assay.cli;

import dev.assay.json.PrettyJson;

/** JSON as the commands print it, in the style of evaluation results. */
final class Json {

  private Json() {}

  static String write(Object value) {
    return PrettyJson.write(value);
  }
}
