package dev.assay.cli;

import picocli.CommandLine.Option;

/**
 * {@code evaluate --collect [collect options]}: the collect options count only with {@code
 * --collect}, which picocli enforces by keeping them in one group where it is required.
 */
public class CollectFirst extends CollectOptions {

  @Option(
      names = "--collect",
      required = true,
      description =
          "Collect from AWS first, into --input DIR (kept; empty or absent) or a temporary directory"
              + " (deleted after), then evaluate it.")
  boolean collect;
}
